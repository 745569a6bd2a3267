/* Builds the task pane, the ribbon commands page and the workbench page into dist/. */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = __dirname;
const samples = ['comune-di-valdoria.xlsx', 'comune-di-valdoria-con-errori.xlsx'];

/** Copies the sample workbooks and icons into the build, so the workbench can load them. */
class CopyStaticPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyStaticPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyStaticPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { RawSource } = compiler.webpack.sources;
          const copy = (from, to) => {
            if (!fs.existsSync(from)) return;
            compilation.fileDependencies.add(from);
            compilation.emitAsset(to, new RawSource(fs.readFileSync(from)));
          };
          for (const name of samples) copy(path.join(root, 'examples', name), `samples/${name}`);
          for (const name of fs.readdirSync(path.join(root, 'assets'))) {
            if (name.endsWith('.png')) copy(path.join(root, 'assets', name), `assets/${name}`);
          }
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const https = process.env.PREMIA_HTTPS_CERT && process.env.PREMIA_HTTPS_KEY;
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
      workbench: './src/workbench/index.tsx',
    },
    output: {
      path: path.join(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS's browser build wants these Node modules; the workbench never uses them.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules so webpack can tree-shake Fluent UI (tsconfig's commonjs is for Node and Jest).
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'es2020', moduleResolution: 'bundler', sourceMap: true },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        template: './src/commands/notice.html',
        chunks: ['notice'],
      }),
      new HtmlWebpackPlugin({
        filename: 'workbench.html',
        template: './src/workbench/workbench.html',
        chunks: ['workbench'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/workbench/workbench.html',
        chunks: ['workbench'],
      }),
      new CopyStaticPlugin(),
    ],
    devServer: {
      host: process.env.PREMIA_HOST || '127.0.0.1',
      port: Number(process.env.PREMIA_PORT || 3000),
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https
        ? {
            type: 'https',
            options: {
              cert: fs.readFileSync(process.env.PREMIA_HTTPS_CERT),
              key: fs.readFileSync(process.env.PREMIA_HTTPS_KEY),
            },
          }
        : 'http',
      static: false,
      // No live-reload client: it would need a websocket the CSP does not allow.
      client: false,
      liveReload: false,
      webSocketServer: false,
    },
  };
};
