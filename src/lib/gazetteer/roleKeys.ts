// The offices a person holds, from the highest (schema order is rank order): in a module of
// their own so that code bound for the browser reads them without the schema's zod.
export const ROLE_KEYS = [
	'head-of-state',
	'head-of-government',
	'foreign-minister',
	'defence-minister',
	'minister',
	'adviser',
	'spokesperson',
	'expert',
	'diplomat',
	'official'
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];
