// The graph benchmark runs only in the browser (npm run bench:graph drives it in Chromium).
export const ssr = false;
