/**
 * The public side: news articles (tin bài) that editors write and approvers publish, and the public
 * pages anyone may read without signing in (home, articles, published models, exemplars, search,
 * feed, sitemap, public API). Only published content and public fields ever leave this module's
 * public pages; it reads other modules through their facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cổng thông tin công khai (portal)")
package vn.mohinh.portal;
