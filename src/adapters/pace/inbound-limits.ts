// The inbound limits an adapter hands its conversation loop: the configuration's, its defaults when none are given,
// or none at all (benchmarks of the stack). The gate itself is the loop's (src/engine/conversation/inbound-gate.ts).
import { type Config, loadConfig } from "../../config";
import { createInboundGate, type InboundGate, type InboundLimits, OPEN_GATE } from "../../engine/conversation/inbound-gate";

/** The limits the configuration asks for. */
export function inboundLimitsFrom(config: Config): InboundLimits {
  return {
    sender: { burst: config.INBOUND_SENDER_BURST, perMinute: config.INBOUND_SENDER_PER_MINUTE },
    group: { burst: config.INBOUND_GROUP_BURST, perMinute: config.INBOUND_GROUP_PER_MINUTE },
    noticeWindowMs: config.INBOUND_NOTICE_WINDOW_SECONDS * 1000,
    strangerHintMs: config.STRANGER_HINT_MINUTES * 60_000,
  };
}

/** The defaults of the configuration (what an adapter uses when given no limits). */
export const DEFAULT_INBOUND_LIMITS: InboundLimits = inboundLimitsFrom(loadConfig({}));

/** An adapter's gate from its `inbound` option: the limits given, the configuration's defaults when none, or none at all for null. */
export function inboundGateFor(limits: InboundLimits | null | undefined): InboundGate {
  return limits === null ? OPEN_GATE : createInboundGate(limits ?? DEFAULT_INBOUND_LIMITS);
}
