package vn.mohinh.account;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the whole application: form login at /login, the JSON API with the session or a
 * personal token, CSRF on every state change (htmx sends the token from the page's meta tags),
 * and headers with a Content-Security-Policy that allows no inline script.
 */
@Configuration
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The token filter runs inside the security chain only, not a second time as a servlet filter. */
	@Bean
	FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
		FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, ApiTokenFilter apiTokenFilter) throws Exception {
		RequestMatcher api = SecurityConfig::isApi;
		// Only token calls to the API skip CSRF: a browser form cannot add an Authorization header, but
		// a stray "Bearer" header on a page request must not switch CSRF off for the session.
		RequestMatcher tokenCall = request -> isApi(request) && hasBearerToken(request);
		RequestMatcher htmx = request -> "true".equals(request.getHeader("HX-Request"));
		// Remember only page requests for after the login: an API call or an htmx fragment is nothing
		// to return to, and saving it would start a session (a database row) for every anonymous call.
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && !isApi(request)
				&& !htmx.matches(request));
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/api/v1/openapi", "/api/v1/openapi/**",
					"/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**", "/swagger-ui/**")
			.permitAll()
			// The public portal (vn.mohinh.portal): read-only, published content only; "/" sends visitors there.
			.requestMatchers(HttpMethod.GET, "/", "/portal", "/portal/**", "/api/v1/public/**", "/sitemap.xml", "/sitemaps/**")
			.permitAll()
			.requestMatchers("/admin/**", "/api/v1/admin/**").hasRole(Role.ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll()
				.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
						+ (exception instanceof LockedException ? "/login?locked" : "/login?error"))))
			// POST only: a link or an image must not sign anybody out.
			.logout(logout -> logout
				.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))
				.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(tokenCall))
			.requestCache(cache -> cache.requestCache(requestCache))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(
						(request, response, e) -> ApiProblems.write(response, HttpStatus.UNAUTHORIZED), api)
				// An expired session inside an htmx request reloads the page, which then goes to the login.
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(), htmx)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.defaultAccessDeniedHandlerFor(
						(request, response, e) -> ApiProblems.write(response, HttpStatus.FORBIDDEN), api)
				// Pages get the Vietnamese 403 page; an expired form (CSRF) says so rather than "not allowed".
				.defaultAccessDeniedHandlerFor((request, response, e) -> {
					request.setAttribute("formExpired", e instanceof CsrfException);
					response.sendError(HttpStatus.FORBIDDEN.value());
				}, request -> true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(apiTokenFilter, UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
