import { ALL_ACTIONS } from './catalog';

/** `npm run --silent catalog`: one JSON object per registered action. */
for (const a of ALL_ACTIONS) {
  process.stdout.write(
    JSON.stringify({
      id: a.id,
      title: a.title,
      category: a.category,
      target: a.target,
      bulk: a.bulk,
      destructive: a.destructive,
      backend: a.backend,
      permission: a.permission,
    }) + '\n',
  );
}
