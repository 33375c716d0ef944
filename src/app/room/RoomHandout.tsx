/**
 * The printable handout of a group: every question the room was asked, its answers as bars and the
 * run's value, one page (the print stylesheet in room.css hides everything else while it prints).
 */
import { RoomHistogram } from './RoomHistogram';
import type { RoomSummary } from './roomEvidence';

export function RoomHandout({ summary, title }: { summary: RoomSummary; title: string }) {
  const g = summary.group;
  return (
    <article className="room-handout" aria-label="Handout">
      <h1>{title}</h1>
      <p>Group {g.group}: what the room predicted, and what the run gave.</p>
      {g.questions.length === 0 && <p>The room has not been asked anything yet in this group.</p>}
      {g.questions.map((q, k) => (
        <section key={`${q.question.id}-${k}`} className="room-handout-question">
          <h2>
            {k + 1}. {q.question.text}
          </h2>
          <RoomHistogram question={q.question} counts={q.histogram} runValue={q.runValue} mine={null} />
          <p>
            {q.answered} answered · {q.runText === null ? 'not revealed' : `the run gave ${q.runText}`}
          </p>
        </section>
      ))}
    </article>
  );
}
