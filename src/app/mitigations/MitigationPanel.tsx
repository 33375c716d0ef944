/**
 * The mitigation toolbox: every fix from the catalogue as a switch, grouped where users look for it
 * (client, cache, database, gateway). Each group folds away; the cache group carries its TTL (three
 * cache fixes need one) and the deploy/rollback triggers (versioned keys need a deploy).
 */
import { MITIGATIONS, MITIGATION_GROUPS, type MitigationGroup } from '../../mitigations/catalog';
import { useLab, useLabState } from '../runtime/LabContext';
import { MitigationSwitch } from './MitigationSwitch';
import { isOn } from './patches';
import { SettingSlider } from './SettingSlider';
import { settingsOf } from './settings';
import './mitigations.css';

export function MitigationPanel() {
  return (
    <section className="mitigation-panel" aria-labelledby="mitigations-heading">
      <h2 id="mitigations-heading" className="panel-heading">
        Mitigations
      </h2>
      <p className="param-hint">Applied live to the running simulation; every flip is marked on the charts.</p>
      {MITIGATION_GROUPS.map((g) => (
        <Group key={g.id} group={g.id} label={g.label} />
      ))}
    </section>
  );
}

function Group({ group, label }: { group: MitigationGroup; label: string }) {
  const members = MITIGATIONS.filter((m) => m.group === group);
  const onCount = useLabState((s) => members.filter((m) => isOn(m, s.params)).length);
  return (
    <details className="mit-group" data-group={group} open>
      <summary>
        <span className="mit-group-name">{label}</span> <span className="mit-group-count">{onCount > 0 ? `${onCount} on` : ''}</span>
      </summary>
      {settingsOf(group).map((s) => (
        <SettingSlider key={s.field} setting={s} />
      ))}
      {group === 'cache' && <DeployButtons />}
      <ul className="mit-list">
        {members.map((m) => (
          <MitigationSwitch key={m.id} mitigation={m} />
        ))}
      </ul>
    </details>
  );
}

/** The 2019 incident's trigger: a deploy that changes every cache key, and its rollback. */
function DeployButtons() {
  const lab = useLab();
  return (
    <div className="mit-deploy">
      <button type="button" className="btn btn-small" onClick={() => lab.trigger({ type: 'deploy', fraction: 1 })}>
        Deploy new keys
      </button>
      <button type="button" className="btn btn-small" onClick={() => lab.trigger({ type: 'rollback' })}>
        Rollback
      </button>
    </div>
  );
}
