// Refuses IPC calls that do not come from the app's own frame (Electron security checklist: validate the sender).

/** The origin the renderer is served from; the Electron shell registers this scheme, tests mirror it. */
export const APP_ORIGIN = 'app://puente';

export function isAppFrame(frameUrl: string | undefined, origin = APP_ORIGIN): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return `${url.protocol}//${url.host}` === origin;
  } catch {
    return false;
  }
}
