/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The friendly 404 for browsers: what was not found and where to go instead. */
import { Bi, Layout } from "./layout";
import { pagePaths } from "./paths";

export function NotFoundPage({ detail }: { detail: string }) {
  return (
    <Layout title="找不到页面 Page not found" description="404">
      <h1 id="title">
        找不到页面
        <span lang="en" class="en">
          Page not found
        </span>
      </h1>
      <p lang="en" id="not-found-detail">
        {detail}
      </p>
      <ul>
        <li>
          <a href={pagePaths.home}>
            <Bi zh="返回首页" en="Back to the home page" />
          </a>
        </li>
        <li>
          <a href={pagePaths.api}>
            <Bi zh="API 索引" en="API index" /> (/v1)
          </a>
        </li>
        <li>
          <a href={pagePaths.docs}>
            <Bi zh="API 文档" en="API docs" />
          </a>
        </li>
      </ul>
    </Layout>
  );
}
