// HTML deck entry (issue 16): reads the briefing the exporter put into the page, answers the app's calls from it
// (deck-transport.ts) and mounts the renderer's own App — the same slides, keys, language switch and overview.
import '../styles.css';
import { mount } from 'svelte';
import App from '../App.svelte';
import { makeApi } from '../../main/model/contract';
import { DECK_DATA_ID, type DeckData } from '../../main/html/deck-data';
import { presentation } from '../state.svelte';
import { deckTransport } from './deck-transport';

const holder = document.getElementById(DECK_DATA_ID);
const target = document.getElementById('app');
if (!holder || !target) throw new Error('Puente deck: the briefing is missing from this file');
const data = JSON.parse(holder.textContent ?? '') as DeckData;

window.puente = makeApi(
  deckTransport(data, () => {
    if (!data.notes) return { status: 'failed', message: 'This deck holds no speaker notes (export it with --notes for the presenter view).' };
    presentation.role = presentation.role === 'presenter' ? 'audience' : 'presenter';
    return { status: 'opened' };
  }),
);
mount(App, { target });
