import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { prepQueryKey, type PrepDto, type PrepTopicDto } from './get-prep';

type SystemDesignTopic = PrepTopicDto['key'];
export type UpdatePrepTopicDto = components['schemas']['UpdatePrepTopicDto'];

export interface CoverTopicVariables {
  topic: SystemDesignTopic;
  body: UpdatePrepTopicDto;
}

export function coverTopic({ topic, body }: CoverTopicVariables): Promise<PrepTopicDto> {
  return unwrap(api.PUT('/api/prep/topics/{topic}', { params: { path: { topic } }, body }));
}

export function useCoverTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: coverTopic,
    onSuccess: (saved) =>
      queryClient.setQueryData<PrepDto>(prepQueryKey, (prep) => prep && { ...prep, topics: prep.topics.map((t) => (t.key === saved.key ? saved : t)) }),
  });
}
