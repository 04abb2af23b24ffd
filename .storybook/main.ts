import type { StorybookConfig } from '@storybook/web-components-vite';
import { workspaceSourcesVitePlugin } from '../scripts/workspace-sources.mjs';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), workspaceSourcesVitePlugin()];
    return viteConfig;
  },
};

export default config;
