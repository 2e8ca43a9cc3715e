package vn.mohinh.shared.web;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.mohinh.shared.text.VietnameseText;

/** Vietnamese first, whatever the browser asks for; {@code ?lang=en} switches to English. */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mohinh-lang");
		resolver.setDefaultLocale(VietnameseText.VI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** Days typed in forms are dd/MM/yyyy and strict: 31/02/2020 is refused, not read as 29/02/2020. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		DateTimeFormatterRegistrar dates = new DateTimeFormatterRegistrar();
		dates.setDateFormatter(DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
		dates.registerFormatters(registry);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

}
