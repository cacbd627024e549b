'use strict';
// Bounded waiting for a condition. The check runs every POLL_MS until it returns something truthy
// (which is returned) or the time is up; a check that throws ends the wait at once with that error.

const POLL_MS = 100;

class WaitTimeout extends Error {
  constructor(what, ms, last) {
    super(`timed out after ${(ms / 1000).toFixed(1)} s waiting for ${what}${last ? `\n  last seen: ${last}` : ''}`);
    this.name = 'WaitTimeout';
  }
}

/**
 * @param {string} what  what is awaited (for the error message)
 * @param {number} timeoutMs
 * @param {() => Promise<any>} check  returns a truthy value when done; may set `describeLast`
 * @param {{ describe?: () => string }} [options]  describe() tells what was last seen, for the error
 */
async function waitUntil(what, timeoutMs, check, options = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() >= deadline) {
      throw new WaitTimeout(what, timeoutMs, options.describe ? options.describe() : '');
    }
    await new Promise((resolve) => { setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))); });
  }
}

module.exports = { waitUntil, WaitTimeout, POLL_MS };
