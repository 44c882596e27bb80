import { CHANNEL_LABELS, type Channel } from '@offerpath/domain';

/** The channel's colour comes from app.css, keyed by `data-channel`. */
export function ChannelBadge({ channel }: { channel: Channel }) {
  return (
    <span className="badge" data-channel={channel}>
      {CHANNEL_LABELS[channel]}
    </span>
  );
}
