// npm start: serves the built app (scripts/server.js) on $PORT (3000). Share links, embeds and
// oEmbed answers carry absolute addresses, so the server must know its own: ORIGIN
// (https://entente.example.org), or PROTOCOL_HEADER and HOST_HEADER behind a proxy; on one's own
// machine, localhost.
process.env.PORT ??= '3000';
// Room for a pasted article of up to 2 MB (the corpus limit) in the add-an-article form.
process.env.BODY_SIZE_LIMIT ??= '3M';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER)
	process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
await import('./server.js');
