/** Presets of the incidents in the seeds, one module each. */
export { cloudflare2024 } from './cloudflare2024';
export { coordinatedOmission } from './coordinatedOmission';
export { deploy2019 } from './deploy2019';
export { reddit2017 } from './reddit2017';
export { shopify2020 } from './shopify2020';
export { twitter2022 } from './twitter2022';
