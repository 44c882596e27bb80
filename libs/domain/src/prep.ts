/** Interview preparation: the system-design topic catalogue and the coding-practice targets. */

export const SYSTEM_DESIGN_GROUPS = ['classic', 'ml'] as const;
export type SystemDesignGroup = (typeof SYSTEM_DESIGN_GROUPS)[number];

export const SYSTEM_DESIGN_GROUP_LABELS: Record<SystemDesignGroup, string> = {
  classic: 'Classic system design',
  ml: 'ML system design',
};

/** The designs interviews ask for most; keys are stored in prep_topics.topic (max 64 chars). */
export const SYSTEM_DESIGN_TOPICS = [
  { key: 'url_shortener', label: 'URL shortener', group: 'classic' },
  { key: 'news_feed', label: 'News feed', group: 'classic' },
  { key: 'chat_messaging', label: 'Chat / messaging', group: 'classic' },
  { key: 'ride_sharing', label: 'Ride sharing', group: 'classic' },
  { key: 'video_streaming', label: 'Video streaming', group: 'classic' },
  { key: 'web_crawler', label: 'Web crawler', group: 'classic' },
  { key: 'rate_limiter', label: 'Rate limiter', group: 'classic' },
  { key: 'distributed_cache', label: 'Distributed cache', group: 'classic' },
  { key: 'key_value_store', label: 'Key-value store', group: 'classic' },
  { key: 'notification_system', label: 'Notification system', group: 'classic' },
  { key: 'file_storage', label: 'File storage (Dropbox)', group: 'classic' },
  { key: 'search_engine', label: 'Search engine', group: 'classic' },
  { key: 'payment_system', label: 'Payment system', group: 'classic' },
  { key: 'hotel_booking', label: 'Hotel / ticket booking', group: 'classic' },
  { key: 'proximity_service', label: 'Proximity service (Yelp)', group: 'classic' },
  { key: 'metrics_monitoring', label: 'Metrics and monitoring', group: 'classic' },
  { key: 'recommender_system', label: 'Recommender system', group: 'ml' },
  { key: 'search_autocomplete', label: 'Search autocomplete / typeahead', group: 'ml' },
  { key: 'feed_ranking', label: 'Feed ranking', group: 'ml' },
  { key: 'ads_click_prediction', label: 'Ads click prediction', group: 'ml' },
  { key: 'fraud_detection', label: 'Fraud detection', group: 'ml' },
  { key: 'visual_search', label: 'Visual search', group: 'ml' },
  { key: 'search_ranking', label: 'Search ranking', group: 'ml' },
  { key: 'people_you_may_know', label: 'People you may know', group: 'ml' },
  { key: 'harmful_content_detection', label: 'Harmful content detection', group: 'ml' },
  { key: 'video_recommendations', label: 'Video recommendations', group: 'ml' },
] as const satisfies ReadonlyArray<{ key: string; label: string; group: SystemDesignGroup }>;

export type SystemDesignTopic = (typeof SYSTEM_DESIGN_TOPICS)[number]['key'];

export const SYSTEM_DESIGN_TOPIC_KEYS: readonly SystemDesignTopic[] = SYSTEM_DESIGN_TOPICS.map((topic) => topic.key);

export function isSystemDesignTopic(value: unknown): value is SystemDesignTopic {
  return typeof value === 'string' && (SYSTEM_DESIGN_TOPIC_KEYS as readonly string[]).includes(value);
}

/** Total coding problems to aim at: 50 in general, 150 for the most selective companies. */
export const PREP_TARGET_PRESETS = { standard: 50, selective: 150 } as const;
export type PrepTargetPreset = keyof typeof PREP_TARGET_PRESETS;
export const PREP_TARGET_PRESET_NAMES = ['standard', 'selective'] as const satisfies readonly PrepTargetPreset[];

export const PREP_TARGET_PRESET_LABELS: Record<PrepTargetPreset, string> = {
  standard: 'Standard (50)',
  selective: 'Most selective companies (150)',
};

/** The preset a target equals, if any. */
export function prepTargetPreset(target: number): PrepTargetPreset | null {
  return PREP_TARGET_PRESET_NAMES.find((name) => PREP_TARGET_PRESETS[name] === target) ?? null;
}

/** Field limits shared by the API's validation and the web forms. */
export const PREP_LIMITS = {
  targetMin: 1,
  targetMax: 2000,
  countMin: 1,
  countMax: 100,
  titleMax: 200,
  urlMax: 2048,
  notesMax: 2000,
} as const;
