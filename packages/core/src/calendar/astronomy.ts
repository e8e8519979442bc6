/**
 * The two astronomical events the lunisolar calendar is built from: new moons (a lunar month
 * starts on the local day of a new moon) and the sun's longitude (the 12 "major solar terms",
 * multiples of 30°, decide month numbering and the leap month).
 *
 * Why not the short series from Hồ Ngọc Đức's published JavaScript (amlich.js)? Its abridged
 * new-moon series is good to a few minutes, and a lunar month starts on a different day whenever a
 * new moon falls that close to local midnight. Checked day by day against his own published table
 * (see lunar.test.ts) it disagrees in 9 months between 2054 and 2199, Tết 2175 and 2199 among them.
 * With the full series below, the only disagreements from 1900 to 2199 are Tết 1925 (which no
 * meridian reproduces) and a new moon computed 23 seconds after midnight (May 2054), inside the
 * uncertainty of ΔT that far ahead.
 *
 * Sources (formulas and coefficients copied from them):
 * - New moons: J. Meeus, Astronomical Algorithms, 2nd ed. (1998), ch. 49, all periodic and
 *   planetary terms (as also given in Reingold & Dershowitz, Calendrical Calculations, `nth-new-moon`).
 * - Solar longitude: P. Bretagnon & J.-L. Simon, Planetary Programs and Tables from −4000 to +2800
 *   (1986), the 49-term series used by Calendrical Calculations (`solar-longitude`), with its
 *   aberration and nutation terms.
 * - ΔT (TT − UT): F. Espenak & J. Meeus, "Polynomial expressions for Delta T", NASA Five
 *   Millennium Canon of Solar Eclipses (2006).
 */

const DEG = Math.PI / 180;
const sinDeg = (x: number): number => Math.sin(x * DEG);
const cosDeg = (x: number): number => Math.cos(x * DEG);

/** Julian Day of 2000-01-01 12:00 TT. */
const J2000 = 2451545.0;

/** ΔT = TT − UT in seconds for a (fractional) Gregorian year, Espenak & Meeus 2006. */
export function deltaTSeconds(year: number): number {
  const y = year;
  if (y < 1860) {
    const t = y - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

const yearOfJulianDay = (jd: number): number => 2000 + (jd - J2000) / 365.2425;

/** Meeus ch. 49 periodic terms: [coefficient, power of E, M (sun), M′ (moon), F]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0],
  [0.17241, 1, 1, 0, 0],
  [0.01608, 0, 0, 2, 0],
  [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0],
  [-0.00514, 1, 1, 1, 0],
  [0.00208, 2, 2, 0, 0],
  [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2],
  [0.00056, 1, 1, 2, 0],
  [-0.00042, 0, 0, 3, 0],
  [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2],
  [-0.00024, 1, -1, 2, 0],
  [-0.00007, 0, 2, 1, 0],
  [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2],
  [0.00003, 0, 0, 2, 2],
  [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2],
  [-0.00002, 0, -1, 1, -2],
  [-0.00002, 0, 1, 3, 0],
  [0.00002, 0, 0, 4, 0],
];

/** Meeus ch. 49 planetary terms: [coefficient, A at k = 0, A per lunation]. */
const NEW_MOON_PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Mean synodic month in days (Meeus). */
export const SYNODIC_MONTH = 29.530588861;

/** Julian Day (TT) of the mean new moon numbered k = 0 (6 January 2000). */
export const NEW_MOON_EPOCH = 2451550.09766;

/**
 * The k-th new moon after the one of 6 January 2000 (k may be negative), as a Julian Day in
 * Universal Time.
 */
export function newMoonJulianDayUt(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  let correction = -0.00017 * sinDeg(omega);
  for (const [coefficient, ePower, m, mp, f] of NEW_MOON_TERMS) {
    correction += coefficient * E ** ePower * sinDeg(m * M + mp * Mp + f * F);
  }
  correction += 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * T2);
  for (const [coefficient, a0, a1] of NEW_MOON_PLANETARY_TERMS) {
    correction += coefficient * sinDeg(a0 + a1 * k);
  }
  const jdTt = jde + correction;
  return jdTt - deltaTSeconds(yearOfJulianDay(jdTt)) / 86400;
}

// Bretagnon & Simon via Calendrical Calculations: Σ x·sin(y + z·c), c in Julian centuries (TT).
const SOLAR_X = [
  403406, 195207, 119433, 112392, 3891, 2819, 1721, 660, 350, 334, 314, 268, 242, 234, 158, 132, 129, 114, 99, 93, 86, 78, 72, 68, 64, 46,
  38, 37, 32, 29, 28, 27, 27, 25, 24, 21, 21, 20, 18, 17, 14, 13, 13, 13, 12, 10, 10, 10, 10,
] as const;
const SOLAR_Y = [
  270.54861, 340.19128, 63.91854, 331.2622, 317.843, 86.631, 240.052, 310.26, 247.23, 260.87, 297.82, 343.14, 166.79, 81.53, 3.5, 132.75,
  182.95, 162.03, 29.8, 266.4, 249.2, 157.6, 257.8, 185.1, 69.9, 8.0, 197.1, 250.4, 65.3, 162.7, 341.5, 291.6, 98.5, 146.7, 110.0, 5.2,
  342.6, 230.9, 256.1, 45.3, 242.9, 115.2, 151.8, 285.3, 53.3, 126.6, 205.7, 85.9, 146.1,
] as const;
const SOLAR_Z = [
  0.9287892, 35999.1376958, 35999.4089666, 35998.7287385, 71998.20261, 71998.4403, 36000.35726, 71997.4812, 32964.4678, -19.441,
  445267.1117, 45036.884, 3.1008, 22518.4434, -19.9739, 65928.9345, 9038.0293, 3034.7684, 33718.148, 3034.448, -2280.773, 29929.992,
  31556.493, 149.588, 9037.75, 107997.405, -4444.176, 151.771, 67555.316, 31556.08, -4561.54, 107996.706, 1221.655, 62894.167, 31437.369,
  14578.298, -31931.757, 34777.243, 1221.999, 62894.511, -4442.039, 107997.909, 119.066, 16859.071, -4.578, 26895.292, -39.127, 12297.536,
  90073.778,
] as const;

/** Apparent geocentric longitude of the sun, degrees in [0, 360), at a Julian Day in UT. */
export function solarLongitude(julianDayUt: number): number {
  const jdTt = julianDayUt + deltaTSeconds(yearOfJulianDay(julianDayUt)) / 86400;
  const c = (jdTt - J2000) / 36525;
  let sigma = 0;
  for (let i = 0; i < SOLAR_X.length; i++) {
    sigma += (SOLAR_X[i] as number) * sinDeg((SOLAR_Y[i] as number) + (SOLAR_Z[i] as number) * c);
  }
  const aberration = 0.0000974 * cosDeg(177.63 + 35999.01848 * c) - 0.005575;
  const nutation =
    -0.004778 * sinDeg(124.9 - 1934.134 * c + 0.002063 * c * c) - 0.0003667 * sinDeg(201.11 + 72001.5377 * c + 0.00057 * c * c);
  const longitude = 282.7771834 + 36000.76953744 * c + 0.000005729577951308232 * sigma + aberration + nutation;
  return ((longitude % 360) + 360) % 360;
}
