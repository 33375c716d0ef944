/** Short human labels for triggers and changes, as marked on the charts and in logs. */
import type { ParamsPatch, Trigger } from './scenario';

export function describeChanges(changes: ParamsPatch): string {
  const parts: string[] = [];
  for (const [section, fields] of Object.entries(changes)) {
    for (const [field, value] of Object.entries(fields ?? {})) parts.push(`${section}.${field} → ${String(value)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

export function describeTrigger(t: Trigger): string {
  switch (t.type) {
    case 'flush':
      return t.hottest === undefined ? 'flush' : `flush hottest ${t.hottest}`;
    case 'spike':
      return `spike ×${t.factor} for ${t.forS} s`;
    case 'db-slowdown':
      return `DB slowdown ×${t.factor} for ${t.forS} s`;
    case 'outage':
      return `outage ${t.forS} s`;
    case 'set':
      return describeChanges(t.changes);
    case 'deploy': {
      const finer = t.shapes !== undefined && t.shapes > 1 ? `, ${t.shapes} per key` : '';
      return t.fraction >= 1 ? `deploy: new cache keys${finer}` : `deploy: new cache keys for ${Math.round(t.fraction * 100)}% of keys${finer}`;
    }
    case 'rollback':
      return 'rollback: old cache keys';
    case 'seed':
      return `seed hottest ${t.hottest} keys`;
    case 'tier-fault': {
      const where = t.instance === undefined ? t.tier : `${t.tier}#${t.instance}`;
      const what =
        t.fault === 'slow'
          ? `slow ×${t.factor}`
          : t.fault === 'errors'
            ? `${Math.round((t.factor ?? 0) * 100)}% errors`
            : t.fault === 'cores'
              ? `${Math.round((t.factor ?? 0) * 100)}% of cores`
              : t.fault === 'partition'
                ? 'partitioned from the tier below'
                : t.fault;
      return `${where}: ${what} for ${t.forS} s`;
    }
    case 'tier-set':
      return (
        Object.entries(t.changes)
          .map(([k, v]) => `${t.tier}.${k} → ${String(v)}`)
          .join(', ') || 'no change'
      );
  }
}
