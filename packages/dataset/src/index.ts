export { indicators } from "./indicators.js";
export { findIndicator } from "./find-indicator.js";
export { normaliseName } from "./normalise-name.js";
export { regions } from "./regions.js";
export { findRegion } from "./find-region.js";
