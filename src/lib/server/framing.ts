// Which responses any site may frame and fetch: embeds, their scripts, downloads and oEmbed.
const OPEN_TO_ALL = /^\/(?:embed(?:\/|\.js$|$)|api\/|oembed$)/;

export function isOpenToAll(pathname: string): boolean {
	return OPEN_TO_ALL.test(pathname);
}
