package vn.mohinh.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's own address, from {@code mohinh.base-url}, for links that leave the page (sitemaps,
 * feed). Not taken from the request's Host header: a forged header must not put another site's
 * address into a sitemap or feed that a shared cache then keeps.
 */
@Component
class PortalAddress {

	private final String base;

	PortalAddress(@Value("${mohinh.base-url:http://localhost:8080}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	String base() {
		return base;
	}

}
