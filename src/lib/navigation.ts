// The app's main sections, in the order the navigation shows them.
export const MAIN_SECTIONS = [
	{ path: '/', label: 'Library' },
	{ path: '/review', label: 'Review' },
	{ path: '/progress', label: 'Progress' },
	{ path: '/create', label: 'Create' },
	{ path: '/teach', label: 'Teach' }
] as const;

/** Whether `pathname` is inside the section at `path` ("/" only matches itself). */
export function inSection(pathname: string, path: string): boolean {
	return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** Routes shown without the app's menus: a student taking an assignment sees only the quiz. */
const FOCUSED_ROUTES: readonly string[] = ['/a'];

export function isFocusedRoute(routeId: string | null): boolean {
	return routeId !== null && FOCUSED_ROUTES.includes(routeId);
}
