/** HeartbeatSeconds must be below TimeoutSeconds (default timeout: 99999999 s). */
import type { ValidationContext } from '../context';

export function timeouts(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    const { HeartbeatSeconds: heartbeat, TimeoutSeconds: timeout } = s.state;
    if (typeof heartbeat !== 'number') continue;
    const limit = typeof timeout === 'number' ? timeout : 'TimeoutSeconds' in s.state ? undefined : 99999999;
    if (limit !== undefined && heartbeat >= limit) ctx.report('HEARTBEAT_NOT_BELOW_TIMEOUT', [...s.jsonPath, 'HeartbeatSeconds']);
  }
}
