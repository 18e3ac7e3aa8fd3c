// The app's main sections, in the order the navigation shows them.
export const MAIN_SECTIONS = [{ path: '/', label: 'Library' }] as const;

/** Whether `pathname` is inside the section at `path` ("/" only matches itself). */
export function inSection(pathname: string, path: string): boolean {
	return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}
