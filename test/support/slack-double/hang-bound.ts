/**
 * How long the double's waits (for a recorded call, a Socket Mode connection, an envelope's
 * ack) last before they fail. Each resolves on its event; the bound only catches a hang, so it
 * is generous for a machine busy with other work, where a modal took over 5 s to open.
 */
export const HANG_BOUND_MS = 30_000;
