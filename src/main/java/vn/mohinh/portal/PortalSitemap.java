package vn.mohinh.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.mohinh.commendation.PublicExemplars;
import vn.mohinh.initiative.PublicInitiatives;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The sitemaps (sitemaps.org 0.9): an index pointing at one sitemap of the fixed pages and at paged
 * sitemaps of at most {@link #URLS_PER_SITEMAP} published models, exemplars and articles each. Every
 * page is one indexed query of ids, streamed out; nothing loads a whole table.
 */
@Controller
class PortalSitemap {

	/** The sitemaps.org limit for one file. */
	static final int URLS_PER_SITEMAP = 50_000;

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final PublicInitiatives initiatives;
	private final PublicExemplars exemplars;
	private final PortalNews news;

	PortalSitemap(PublicInitiatives initiatives, PublicExemplars exemplars, PortalNews news) {
		this.initiatives = initiatives;
		this.exemplars = exemplars;
		this.news = news;
	}

	@GetMapping("/sitemap.xml")
	void index(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = base();
		XMLStreamWriter xml = start(response, "sitemapindex");
		sitemap(xml, base + "/sitemaps/pages.xml");
		for (int n = 0; n < pages(initiatives.countPublished()); n++) {
			sitemap(xml, base + "/sitemaps/initiatives-" + n + ".xml");
		}
		for (int n = 0; n < pages(exemplars.countPublic()); n++) {
			sitemap(xml, base + "/sitemaps/exemplars-" + n + ".xml");
		}
		for (int n = 0; n < pages(news.countPublished()); n++) {
			sitemap(xml, base + "/sitemaps/articles-" + n + ".xml");
		}
		end(xml);
	}

	@GetMapping("/sitemaps/pages.xml")
	void pages(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = base();
		XMLStreamWriter xml = start(response, "urlset");
		for (String path : new String[] { "/portal", "/portal/articles", "/portal/initiatives", "/portal/exemplars" }) {
			url(xml, base + path, null);
		}
		end(xml);
	}

	@GetMapping("/sitemaps/initiatives-{n}.xml")
	void initiatives(@PathVariable int n, HttpServletResponse response) throws IOException, XMLStreamException {
		requirePage(n, initiatives.countPublished());
		String base = base();
		XMLStreamWriter xml = start(response, "urlset");
		for (PublicInitiatives.Entry e : initiatives.entries(n, URLS_PER_SITEMAP)) {
			url(xml, base + "/portal/initiatives/" + e.id(), day(e.updatedAt()));
		}
		end(xml);
	}

	@GetMapping("/sitemaps/exemplars-{n}.xml")
	void exemplars(@PathVariable int n, HttpServletResponse response) throws IOException, XMLStreamException {
		requirePage(n, exemplars.countPublic());
		String base = base();
		XMLStreamWriter xml = start(response, "urlset");
		for (PublicExemplars.Entry e : exemplars.entries(n, URLS_PER_SITEMAP)) {
			url(xml, base + "/portal/exemplars/" + e.id(), e.publishedOn());
		}
		end(xml);
	}

	@GetMapping("/sitemaps/articles-{n}.xml")
	void articles(@PathVariable int n, HttpServletResponse response) throws IOException, XMLStreamException {
		requirePage(n, news.countPublished());
		String base = base();
		XMLStreamWriter xml = start(response, "urlset");
		for (PortalNews.Entry e : news.entries(n, URLS_PER_SITEMAP)) {
			url(xml, base + "/portal/articles/" + PortalNews.encodeSlug(e.slug()), day(e.publishedAt()));
		}
		end(xml);
	}

	static int pages(long count) {
		return (int) ((count + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
	}

	private static void requirePage(int n, long count) {
		if (n < 0 || n >= Math.max(pages(count), 1)) {
			throw new NotFoundException("sitemap", n);
		}
	}

	private static LocalDate day(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static XMLStreamWriter start(HttpServletResponse response, String root) throws IOException, XMLStreamException {
		response.setContentType("application/xml;charset=UTF-8");
		OutputStream out = response.getOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(NS);
		return xml;
	}

	private static void sitemap(XMLStreamWriter xml, String loc) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		element(xml, "loc", loc);
		xml.writeEndElement();
	}

	private static void url(XMLStreamWriter xml, String loc, LocalDate lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastModified != null) {
			element(xml, "lastmod", lastModified.format(DateTimeFormatter.ISO_LOCAL_DATE));
		}
		xml.writeEndElement();
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

}
