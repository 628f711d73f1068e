package ai.talkover.campaigns.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.talkover.campaigns.application.port.out.CampaignCommands;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.InvalidTransitionException;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.CampaignStatus.Known;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CampaignStatusServiceTest {

  private static final CampaignId ID = CampaignId.of("c-1");

  @Mock
  private CampaignQuery campaigns;
  @Mock
  private CampaignCommands commands;

  private static Campaign withStatus(String status) {
    return Campaign.builder().id(ID.value()).status(status).timezone("UTC")
        .daysOfWeek(List.of(1)).callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00")))
        .build();
  }

  @Test
  void allowedTransition_isSent_andTheCampaignInvalidated() {
    when(campaigns.getFresh(ID)).thenReturn(withStatus("active"));
    StatusChange answer = new StatusChange(ID.value(), CampaignStatus.of(Known.PAUSED), null);
    when(commands.updateStatus(ID, Known.PAUSED)).thenReturn(answer);

    assertThat(new CampaignStatusService(campaigns, commands).updateStatus(ID, Known.PAUSED))
        .isSameAs(answer);
    verify(campaigns).invalidate(ID);
  }

  @Test
  void forbiddenTransition_isRefusedLocally_andNothingSent() {
    when(campaigns.getFresh(ID)).thenReturn(withStatus("completed"));

    assertThatThrownBy(() -> new CampaignStatusService(campaigns, commands).updateStatus(ID, Known.ACTIVE))
        .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
          assertThat(e.getMessage()).contains("from completed to active");
          assertThat(e.attempts()).isZero();
        });
    verify(commands, never()).updateStatus(any(), any());
  }
}
