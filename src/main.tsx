import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './studio/App';
import { createStudioStore } from './store/studioStore';
import { SAMPLE_WORKFLOW } from './studio/sampleWorkflow';
import { installTestApi } from './studio/testApi';
import './studio/styles.css';

const store = createStudioStore({ definition: SAMPLE_WORKFLOW, settings: { name: 'OrderWorkflow', type: 'STANDARD' } });
installTestApi(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
