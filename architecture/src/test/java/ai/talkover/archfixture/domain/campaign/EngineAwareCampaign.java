package ai.talkover.archfixture.domain.campaign;

import ai.talkover.archfixture.domain.eligibility.SomeEngine;

/** Planted: a model class that holds engine structure. */
public final class EngineAwareCampaign {
  final int index = SomeEngine.prepare();
}
