// The engine's tests open the same snapshot store and read the same shared data as the store's.
export {
  openSnapshotStore,
  querySharedFile,
  repoRoot,
  sharedDataAvailable,
  sharedDataDir,
} from '../../store/test/helpers.js';
