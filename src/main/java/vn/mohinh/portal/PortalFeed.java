package vn.mohinh.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.mohinh.portal.PublishedArticles.ArticleSummary;

/**
 * The Atom 1.0 feed of the newest published articles. Written with an XML writer, so every title and
 * summary is escaped, whatever an editor typed.
 */
@Controller
class PortalFeed {

	static final int ENTRIES = 20;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final PublishedArticles articles;
	private final MessageSource messages;

	PortalFeed(PublishedArticles articles, MessageSource messages) {
		this.articles = articles;
		this.messages = messages;
	}

	@GetMapping("/portal/feed.atom")
	void feed(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<ArticleSummary> newest = articles.newest(ENTRIES);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("application/atom+xml;charset=UTF-8");
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getOutputStream(),
				StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
		PortalSitemap.element(xml, "id", base + "/portal/feed.atom");
		PortalSitemap.element(xml, "title", messages.getMessage("portal.feed.title", null, locale));
		Instant updated = newest.isEmpty() ? Instant.EPOCH : newest.get(0).publishedAt();
		PortalSitemap.element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		link(xml, "self", base + "/portal/feed.atom");
		link(xml, "alternate", base + "/portal/articles");
		xml.writeStartElement("author");
		PortalSitemap.element(xml, "name", messages.getMessage("app.name", null, locale));
		xml.writeEndElement();
		for (ArticleSummary a : newest) {
			String url = base + "/portal/articles/" + PortalNews.encodeSlug(a.slug());
			xml.writeStartElement("entry");
			PortalSitemap.element(xml, "id", url);
			PortalSitemap.element(xml, "title", a.title());
			PortalSitemap.element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(a.publishedAt()));
			PortalSitemap.element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(a.publishedAt()));
			link(xml, "alternate", url);
			if (a.summary() != null && !a.summary().isBlank()) {
				PortalSitemap.element(xml, "summary", a.summary());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
