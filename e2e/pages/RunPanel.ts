/** Page object for Run mode: the Run panel and the run colours on the canvas. */
import { expect, type Locator, type Page } from '@playwright/test';

export type NodeRunStatus = 'in-progress' | 'succeeded' | 'failed' | 'caught' | 'cancelled' | 'not-reached';

export class RunPanelPage {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly status: Locator;
  readonly stepDetails: Locator;
  readonly cursor: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('run-panel');
    this.canvas = page.getByTestId('canvas').first();
    this.status = page.getByTestId('run-status');
    this.stepDetails = page.getByTestId('step-details');
    this.cursor = page.getByTestId('run-cursor');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('mode-run').click();
    await expect(this.root).toBeVisible();
    await expect(this.canvas).toHaveAttribute('data-layout', 'done');
  }

  async tab(name: 'start' | 'mocks' | 'table' | 'events' | 'details' | 'executions' | 'tests'): Promise<void> {
    await this.page.getByTestId(`run-tab-${name}`).click();
  }

  async setInput(json: string): Promise<void> {
    await this.tab('start');
    await this.page.getByTestId('run-input').fill(json);
  }

  /** Types the run input key by key over what is there, as a person does. */
  async typeInput(json: string): Promise<void> {
    await this.tab('start');
    await this.page.getByTestId('run-input').click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(json);
  }

  /** Runs the workflow on `input` (it succeeds), saves the run as a test case, and runs every case. */
  async saveRunAsTestCase(input: string): Promise<void> {
    await this.typeInput(input);
    await this.start();
    await this.expectStatus('SUCCEEDED');
    await this.page.getByTestId('save-test-case').click();
    await this.tab('tests');
    await this.page.getByTestId('tests-run-all').click();
  }

  async setName(name: string): Promise<void> {
    await this.tab('start');
    await this.page.getByTestId('run-name').fill(name);
  }

  async setLimits(limits: { maxTransitions?: number; maxEvents?: number }): Promise<void> {
    await this.tab('start');
    await this.root.locator('summary', { hasText: 'Limits and stepping' }).click();
    if (limits.maxTransitions !== undefined) await this.page.getByTestId('run-max-transitions').fill(String(limits.maxTransitions));
    if (limits.maxEvents !== undefined) await this.page.getByTestId('run-max-events').fill(String(limits.maxEvents));
  }

  async startPaused(): Promise<void> {
    await this.tab('start');
    const box = this.page.getByTestId('run-start-paused');
    if (!(await box.isVisible())) await this.root.locator('summary', { hasText: 'Limits and stepping' }).click();
    await box.check();
  }

  async setBreakpoint(stateName: string): Promise<void> {
    await this.tab('start');
    const box = this.page.getByTestId(`breakpoint-${stateName}`);
    if (!(await box.isVisible())) await this.page.getByTestId('run-breakpoints').locator('summary').click();
    await box.check();
  }

  async start(): Promise<void> {
    await this.tab('start');
    await this.page.getByTestId('run-start').click();
    await expect(this.page.getByTestId('run-summary')).toBeVisible();
  }

  async expectStatus(status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT'): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status);
  }

  /** The first answer of a Task's mock becomes `Throw` with this error and cause. */
  async mockThrow(stateName: string, error: string, cause: string): Promise<void> {
    await this.tab('mocks');
    const entry = `mock-${stateName}-0`;
    await this.page.getByTestId(`${entry}-kind`).selectOption('throw');
    await this.page.getByTestId(`${entry}-error`).fill(error);
    await this.page.getByTestId(`${entry}-cause`).fill(cause);
  }

  async importMockConfig(file: object, name = 'MockConfigFile.json'): Promise<void> {
    await this.tab('mocks');
    await this.page.getByTestId('mock-import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(this.page.getByTestId('mock-file-info')).toBeVisible();
  }

  async chooseTestCase(machine: string, testCase: string): Promise<void> {
    await this.tab('start');
    await this.page.getByTestId('run-test-case').selectOption(`${machine}\u0000${testCase}`);
  }

  node(name: string): Locator {
    return this.canvas.getByTestId(`node-${name}`);
  }

  edge(id: string): Locator {
    return this.canvas.getByTestId(`rf__edge-${id}`);
  }

  async expectNode(name: string, status: NodeRunStatus): Promise<void> {
    await expect(this.node(name)).toHaveClass(new RegExp(`(^|\\s)run-${status}(\\s|$)`));
  }

  /** The node highlighted as the cursor's state. */
  currentNode(): Locator {
    return this.canvas.locator('.run-current');
  }

  async step(): Promise<void> {
    await this.page.getByTestId('run-step').click();
  }

  async stepBack(): Promise<void> {
    await this.page.getByTestId('run-step-back').click();
  }

  async resume(): Promise<void> {
    await this.page.getByTestId('run-resume').click();
  }

  async stop(): Promise<void> {
    await this.page.getByTestId('run-stop').click();
  }

  async scrubTo(index: number): Promise<void> {
    await this.page.getByTestId('run-scrubber').fill(String(index));
    await expect(this.cursor).toHaveAttribute('data-cursor', String(index));
  }

  async sendTaskSuccess(output: string): Promise<void> {
    await expect(this.page.getByTestId('run-callback')).toBeVisible();
    await this.page.getByTestId('callback-output').fill(output);
    await this.page.getByTestId('callback-success').click();
  }

  visitRows(): Locator {
    return this.page.getByTestId('visit-row');
  }

  eventRows(): Locator {
    return this.page.getByTestId('event-row');
  }

  /** Events tab, filtered by event type or state name. */
  async filterEvents(text: string): Promise<void> {
    await this.tab('events');
    await this.page.getByTestId('events-filter').fill(text);
  }

  /** The iteration picker's automatic choice of a Map ("Latest active (N)"). */
  latestActive(mapName: string): Locator {
    return this.page.getByTestId(`iteration-${mapName}`).locator('option').first();
  }
}
