# Package moves of issue #12 step 1: the flat package ai.talkover.campaigns.domain split into
# packages named for the rules. Fix a branch with:
#   git grep -lE 'ai\.talkover\.campaigns\.domain\.[A-Z]|DoNotCallLookup|DoNotCallList|QuietHours' | xargs sed -i -E -f docs/dev/package-moves.sed
# Then classes of the old flat package that used these types without imports need imports added.
# Idempotent: an already moved name (lower-case package after domain.) never matches again.
s/ai\.talkover\.campaigns\.domain\.CallAttempt\b/ai.talkover.campaigns.domain.contact.CallAttempt/g
s/ai\.talkover\.campaigns\.domain\.CallStatus\b/ai.talkover.campaigns.domain.contact.CallStatus/g
s/ai\.talkover\.campaigns\.domain\.Contact\b/ai.talkover.campaigns.domain.contact.Contact/g
s/ai\.talkover\.campaigns\.domain\.InvalidPhoneNumberException\b/ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException/g
s/ai\.talkover\.campaigns\.domain\.PhoneNumber\b/ai.talkover.campaigns.domain.contact.PhoneNumber/g
s/ai\.talkover\.campaigns\.domain\.Agent\b/ai.talkover.campaigns.domain.campaign.Agent/g
s/ai\.talkover\.campaigns\.domain\.CallRecord\b/ai.talkover.campaigns.domain.campaign.CallRecord/g
s/ai\.talkover\.campaigns\.domain\.Campaign\b/ai.talkover.campaigns.domain.campaign.Campaign/g
s/ai\.talkover\.campaigns\.domain\.CampaignFile\b/ai.talkover.campaigns.domain.campaign.CampaignFile/g
s/ai\.talkover\.campaigns\.domain\.CampaignId\b/ai.talkover.campaigns.domain.campaign.CampaignId/g
s/ai\.talkover\.campaigns\.domain\.CampaignStats\b/ai.talkover.campaigns.domain.campaign.CampaignStats/g
s/ai\.talkover\.campaigns\.domain\.CampaignStatus\b/ai.talkover.campaigns.domain.campaign.CampaignStatus/g
s/ai\.talkover\.campaigns\.domain\.CampaignType\b/ai.talkover.campaigns.domain.campaign.CampaignType/g
s/ai\.talkover\.campaigns\.domain\.CooldownPolicy\b/ai.talkover.campaigns.domain.campaign.CooldownPolicy/g
s/ai\.talkover\.campaigns\.domain\.DncListSource\b/ai.talkover.campaigns.domain.campaign.DncListSource/g
s/ai\.talkover\.campaigns\.domain\.DncPolicy\b/ai.talkover.campaigns.domain.campaign.DncPolicy/g
s/ai\.talkover\.campaigns\.domain\.InvalidCampaignException\b/ai.talkover.campaigns.domain.campaign.InvalidCampaignException/g
s/ai\.talkover\.campaigns\.domain\.RetryPolicy\b/ai.talkover.campaigns.domain.campaign.RetryPolicy/g
s/ai\.talkover\.campaigns\.domain\.CallWindow\b/ai.talkover.campaigns.domain.schedule.CallWindow/g
s/ai\.talkover\.campaigns\.domain\.Interval\b/ai.talkover.campaigns.domain.schedule.Interval/g
s/ai\.talkover\.campaigns\.domain\.TimeRange\b/ai.talkover.campaigns.domain.schedule.TimeRange/g
s/ai\.talkover\.campaigns\.domain\.Decision\b/ai.talkover.campaigns.domain.eligibility.Decision/g
s/ai\.talkover\.campaigns\.domain\.DoNotCallLookup\b/ai.talkover.campaigns.domain.eligibility.DoNotCallLookup/g
s/ai\.talkover\.campaigns\.domain\.EligibilityEngine\b/ai.talkover.campaigns.domain.eligibility.EligibilityEngine/g
s/ai\.talkover\.campaigns\.domain\.PlannedContact\b/ai.talkover.campaigns.domain.eligibility.PlannedContact/g
s/ai\.talkover\.campaigns\.domain\.Reason\b/ai.talkover.campaigns.domain.eligibility.Reason/g
s/ai\.talkover\.campaigns\.domain\.AttemptCap\b/ai.talkover.campaigns.domain.compliance.AttemptCap/g
s/ai\.talkover\.campaigns\.domain\.BlackoutZone\b/ai.talkover.campaigns.domain.compliance.BlackoutZone/g
s/ai\.talkover\.campaigns\.domain\.CompliancePolicies\b/ai.talkover.campaigns.domain.compliance.CompliancePolicies/g
s/ai\.talkover\.campaigns\.domain\.QuietHours\b/ai.talkover.campaigns.domain.compliance.QuietHours/g
s/ai\.talkover\.campaigns\.domain\.RecipientZoneLookup\b/ai.talkover.campaigns.domain.compliance.RecipientZoneLookup/g
s/ai\.talkover\.campaigns\.domain\.UnknownZone\b/ai.talkover.campaigns.domain.compliance.UnknownZone/g
# Step 2 (issue #12): one do-not-call port, in the domain (DoNotCallLookup and the application's
# DoNotCallList were one idea; its method is contains(PhoneNumber), isListed is gone), and
# QuietHours named for what it holds, the allowed hours.
s/ai\.talkover\.campaigns\.application\.port\.out\.DoNotCallList\b/ai.talkover.campaigns.domain.eligibility.DoNotCallList/g
s/\bDoNotCallLookup\.none\(\)/DoNotCallList.empty()/g
s/\bDoNotCallLookup\b/DoNotCallList/g
s/\bQuietHours\b/RecipientHours/g
