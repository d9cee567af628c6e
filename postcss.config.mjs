// @tailwindcss/postcss works under both Turbopack and webpack (the turbopack-only loader
// silently ships unprocessed CSS under webpack).
const config = { plugins: { "@tailwindcss/postcss": {} } };
export default config;
