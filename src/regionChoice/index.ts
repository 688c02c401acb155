export { RegionChoice, regionName, type RegionName } from './choice';
export { mayServe, regionsOfReader, type RegionReader } from './scope';
export { checkRegionSetting } from './setting';
