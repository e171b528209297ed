// npm start: serves the built app on $PORT (3000). Share links, embeds and oEmbed answers carry
// absolute addresses, so the server must know its own: ORIGIN (https://entente.example.org), or
// PROTOCOL_HEADER and HOST_HEADER behind a proxy; on one's own machine, localhost.
process.env.PORT ??= '3000';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER)
	process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
await import('../build/index.js');
