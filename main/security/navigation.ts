// Refuses navigation away from the app and every new window (Electron checklist: limit navigation, new windows).
import { isAppFrame } from './sender';

export const mayNavigate = (url: string): boolean => isAppFrame(url);
export const windowOpenAction = (): { action: 'deny' } => ({ action: 'deny' });
