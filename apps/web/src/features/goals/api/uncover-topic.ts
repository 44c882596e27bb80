import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { prepQueryKey, type PrepDto, type PrepTopicDto } from './get-prep';

type SystemDesignTopic = PrepTopicDto['key'];

export function uncoverTopic(topic: SystemDesignTopic): Promise<void> {
  return unwrap(api.DELETE('/api/prep/topics/{topic}', { params: { path: { topic } } })).then(() => undefined);
}

export function useUncoverTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uncoverTopic,
    onSuccess: (_, topic) =>
      queryClient.setQueryData<PrepDto>(
        prepQueryKey,
        (prep) => prep && { ...prep, topics: prep.topics.map((t) => (t.key === topic ? { ...t, covered: false, coveredOn: null, notes: null } : t)) },
      ),
  });
}
