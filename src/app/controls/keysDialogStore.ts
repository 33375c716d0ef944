/** Whether the list of keys is open; a store of its own so the `?` key and any "Keys" button share it. */
import { createStore } from 'zustand/vanilla';

export const keysDialog = createStore<{ open: boolean }>()(() => ({ open: false }));

export const setKeysDialogOpen = (open: boolean) => keysDialog.setState({ open });
