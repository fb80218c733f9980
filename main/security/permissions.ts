// Answers the session's permission requests (Electron security checklist #5 "Handle session permission requests
// from remote content"): the app's own page may go full screen (the F key); everything else is refused.
import { isAppFrame } from './sender';

/** Permissions Puente's renderer uses. Camera, microphone, notifications, geolocation, openExternal… are not. */
const GRANTED: ReadonlySet<string> = new Set(['fullscreen']);

/** Whether to grant `permission` to the frame at `requestingUrl` (Electron's `details.requestingUrl`). */
export function mayGrantPermission(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED.has(permission) && isAppFrame(requestingUrl);
}
