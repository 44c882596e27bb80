import { SYSTEM_DESIGN_GROUP_LABELS, SYSTEM_DESIGN_GROUPS } from '@offerpath/domain';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useCoverTopic } from '../api/cover-topic';
import type { PrepTopicDto } from '../api/get-prep';
import { useUncoverTopic } from '../api/uncover-topic';

/** System-design topics as a checklist, classic designs and ML designs apart. */
export function TopicChecklist({ topics }: { topics: readonly PrepTopicDto[] }) {
  const cover = useCoverTopic();
  const uncover = useUncoverTopic();
  const toast = useToast();
  const busy = cover.isPending || uncover.isPending;
  const covered = topics.filter((t) => t.covered).length;

  const toggle = (topic: PrepTopicDto) => {
    const onError = (error: unknown) => toast(errorMessage(error), 'error');
    if (topic.covered) uncover.mutate(topic.key, { onError });
    else cover.mutate({ topic: topic.key, body: {} }, { onError });
  };

  return (
    <section className="panel" aria-labelledby="topics-title">
      <div className="panel-header">
        <h2 id="topics-title">System design</h2>
        <p className="muted">
          {covered} of {topics.length} covered
        </p>
      </div>
      {SYSTEM_DESIGN_GROUPS.map((group) => (
        <fieldset key={group} className="topic-group">
          <legend>{SYSTEM_DESIGN_GROUP_LABELS[group]}</legend>
          <ul>
            {topics
              .filter((topic) => topic.group === group)
              .map((topic) => (
                <li key={topic.key}>
                  <label className="topic-item">
                    <input type="checkbox" checked={topic.covered} disabled={busy} onChange={() => toggle(topic)} />
                    <span>{topic.label}</span>
                    {topic.coveredOn ? (
                      <time className="muted" dateTime={topic.coveredOn}>
                        {formatDay(topic.coveredOn)}
                      </time>
                    ) : null}
                  </label>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
