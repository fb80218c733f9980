// Renderer entry: loads the font and styles and mounts the app.
import './styles.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('Puente: #app element missing from index.html');
mount(App, { target });
