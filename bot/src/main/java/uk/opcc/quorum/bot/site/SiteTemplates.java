package uk.opcc.quorum.bot.site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Gives every template the office's name, colours and address as {@code site}: the public
 * pages' controllers and Spring Boot's error page ({@code templates/error.html}) alike.
 */
@Configuration(proxyBeanMethods = false)
class SiteTemplates {

	@Bean
	static BeanPostProcessor siteInEveryTemplate(ObjectProvider<SiteProperties> site) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.addStaticVariable("site", site.getObject());
				}
				return bean;
			}

		};
	}

}
