package uk.opcc.quorum.scheduler.reminder;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.SchedulerProperties;

/**
 * Quartz drives the reminders: a frequent poll for what is due, and the weekly digest.
 * Quartz keeps no state of its own here (the reminders live in MongoDB), so the in-memory
 * job store is enough and a restart loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

	@Bean
	JobDetail reminderPollJob() {
		return JobBuilder.newJob(PollJob.class).withIdentity("quorum-reminders").storeDurably().build();
	}

	@Bean
	Trigger reminderPollTrigger(JobDetail reminderPollJob, SchedulerProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(reminderPollJob)
			.withIdentity("quorum-reminders")
			.startNow()
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.reminders().poll().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@Bean
	JobDetail actionDigestJob() {
		return JobBuilder.newJob(DigestJob.class).withIdentity("quorum-action-digest").storeDurably().build();
	}

	@Bean
	Trigger actionDigestTrigger(JobDetail actionDigestJob, SchedulerProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(actionDigestJob)
			.withIdentity("quorum-action-digest")
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.reminders().digestCron())
				.inTimeZone(java.util.TimeZone.getTimeZone(Meeting.LONDON)))
			.build();
	}

	@DisallowConcurrentExecution
	static class PollJob extends QuartzJobBean {

		private final ReminderDispatcher dispatcher;

		PollJob(ReminderDispatcher dispatcher) {
			this.dispatcher = dispatcher;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			dispatcher.dispatchDue();
		}

	}

	@DisallowConcurrentExecution
	static class DigestJob extends QuartzJobBean {

		private final ActionDigest digest;

		private final ReminderDispatcher dispatcher;

		DigestJob(ActionDigest digest, ReminderDispatcher dispatcher) {
			this.digest = digest;
			this.dispatcher = dispatcher;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			digest.queue();
			dispatcher.dispatchDue();
		}

	}

}
