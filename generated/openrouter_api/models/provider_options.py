from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.provider_options_01_ai import ProviderOptions01Ai
    from ..models.provider_options_ai_21 import ProviderOptionsAi21
    from ..models.provider_options_aion_labs import ProviderOptionsAionLabs
    from ..models.provider_options_akashml import ProviderOptionsAkashml
    from ..models.provider_options_alibaba import ProviderOptionsAlibaba
    from ..models.provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from ..models.provider_options_amazon_bedrockclaude_on_aws import (
        ProviderOptionsAmazonBedrockclaudeOnAws,
    )
    from ..models.provider_options_amazon_nova import ProviderOptionsAmazonNova
    from ..models.provider_options_ambient import ProviderOptionsAmbient
    from ..models.provider_options_anthropic import ProviderOptionsAnthropic
    from ..models.provider_options_anthropic_2 import ProviderOptionsAnthropic2
    from ..models.provider_options_anyscale import ProviderOptionsAnyscale
    from ..models.provider_options_arcee_ai import ProviderOptionsArceeAi
    from ..models.provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from ..models.provider_options_atoma import ProviderOptionsAtoma
    from ..models.provider_options_avian import ProviderOptionsAvian
    from ..models.provider_options_azure import ProviderOptionsAzure
    from ..models.provider_options_baidu import ProviderOptionsBaidu
    from ..models.provider_options_baseten import ProviderOptionsBaseten
    from ..models.provider_options_black_forest_labs import (
        ProviderOptionsBlackForestLabs,
    )
    from ..models.provider_options_byteplus import ProviderOptionsByteplus
    from ..models.provider_options_centml import ProviderOptionsCentml
    from ..models.provider_options_cerebras import ProviderOptionsCerebras
    from ..models.provider_options_chutes import ProviderOptionsChutes
    from ..models.provider_options_cirrascale import ProviderOptionsCirrascale
    from ..models.provider_options_clarifai import ProviderOptionsClarifai
    from ..models.provider_options_claude_on_aws import ProviderOptionsClaudeOnAws
    from ..models.provider_options_cloudflare import ProviderOptionsCloudflare
    from ..models.provider_options_cohere import ProviderOptionsCohere
    from ..models.provider_options_coreweave import ProviderOptionsCoreweave
    from ..models.provider_options_crofai import ProviderOptionsCrofai
    from ..models.provider_options_crucible import ProviderOptionsCrucible
    from ..models.provider_options_crusoe import ProviderOptionsCrusoe
    from ..models.provider_options_darkbloom import ProviderOptionsDarkbloom
    from ..models.provider_options_databricks import ProviderOptionsDatabricks
    from ..models.provider_options_decart import ProviderOptionsDecart
    from ..models.provider_options_deepgram import ProviderOptionsDeepgram
    from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra
    from ..models.provider_options_deepseek import ProviderOptionsDeepseek
    from ..models.provider_options_dekallm import ProviderOptionsDekallm
    from ..models.provider_options_digitalocean import ProviderOptionsDigitalocean
    from ..models.provider_options_enfer import ProviderOptionsEnfer
    from ..models.provider_options_fake_provider import ProviderOptionsFakeProvider
    from ..models.provider_options_featherless import ProviderOptionsFeatherless
    from ..models.provider_options_fireworks import ProviderOptionsFireworks
    from ..models.provider_options_fish_audio import ProviderOptionsFishAudio
    from ..models.provider_options_friendli import ProviderOptionsFriendli
    from ..models.provider_options_gmicloud import ProviderOptionsGmicloud
    from ..models.provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from ..models.provider_options_google_vertex import ProviderOptionsGoogleVertex
    from ..models.provider_options_gopomelo import ProviderOptionsGopomelo
    from ..models.provider_options_groq import ProviderOptionsGroq
    from ..models.provider_options_heygen import ProviderOptionsHeygen
    from ..models.provider_options_huggingface import ProviderOptionsHuggingface
    from ..models.provider_options_hyperbolic import ProviderOptionsHyperbolic
    from ..models.provider_options_hyperbolic_quantized import (
        ProviderOptionsHyperbolicQuantized,
    )
    from ..models.provider_options_inception import ProviderOptionsInception
    from ..models.provider_options_inceptron import ProviderOptionsInceptron
    from ..models.provider_options_inferact_vllm import ProviderOptionsInferactVllm
    from ..models.provider_options_inference_net import ProviderOptionsInferenceNet
    from ..models.provider_options_infermatic import ProviderOptionsInfermatic
    from ..models.provider_options_inflection import ProviderOptionsInflection
    from ..models.provider_options_inocloud import ProviderOptionsInocloud
    from ..models.provider_options_io_net import ProviderOptionsIoNet
    from ..models.provider_options_ionstream import ProviderOptionsIonstream
    from ..models.provider_options_klusterai import ProviderOptionsKlusterai
    from ..models.provider_options_krea import ProviderOptionsKrea
    from ..models.provider_options_lambda import ProviderOptionsLambda
    from ..models.provider_options_lepton import ProviderOptionsLepton
    from ..models.provider_options_liquid import ProviderOptionsLiquid
    from ..models.provider_options_lynn import ProviderOptionsLynn
    from ..models.provider_options_lynn_private import ProviderOptionsLynnPrivate
    from ..models.provider_options_makora import ProviderOptionsMakora
    from ..models.provider_options_mancer import ProviderOptionsMancer
    from ..models.provider_options_mancer_old import ProviderOptionsMancerOld
    from ..models.provider_options_mara import ProviderOptionsMara
    from ..models.provider_options_meta import ProviderOptionsMeta
    from ..models.provider_options_minimax import ProviderOptionsMinimax
    from ..models.provider_options_mistral import ProviderOptionsMistral
    from ..models.provider_options_modal import ProviderOptionsModal
    from ..models.provider_options_modelrun import ProviderOptionsModelrun
    from ..models.provider_options_modular import ProviderOptionsModular
    from ..models.provider_options_moonshotai import ProviderOptionsMoonshotai
    from ..models.provider_options_morph import ProviderOptionsMorph
    from ..models.provider_options_ncompass import ProviderOptionsNcompass
    from ..models.provider_options_nebius import ProviderOptionsNebius
    from ..models.provider_options_nex_agi import ProviderOptionsNexAgi
    from ..models.provider_options_nextbit import ProviderOptionsNextbit
    from ..models.provider_options_nineteen import ProviderOptionsNineteen
    from ..models.provider_options_novita import ProviderOptionsNovita
    from ..models.provider_options_nvidia import ProviderOptionsNvidia
    from ..models.provider_options_octoai import ProviderOptionsOctoai
    from ..models.provider_options_open_inference import ProviderOptionsOpenInference
    from ..models.provider_options_openai import ProviderOptionsOpenai
    from ..models.provider_options_parasail import ProviderOptionsParasail
    from ..models.provider_options_perceptron import ProviderOptionsPerceptron
    from ..models.provider_options_perplexity import ProviderOptionsPerplexity
    from ..models.provider_options_phala import ProviderOptionsPhala
    from ..models.provider_options_poolside import ProviderOptionsPoolside
    from ..models.provider_options_quiver import ProviderOptionsQuiver
    from ..models.provider_options_recraft import ProviderOptionsRecraft
    from ..models.provider_options_recursal import ProviderOptionsRecursal
    from ..models.provider_options_reflection import ProviderOptionsReflection
    from ..models.provider_options_reka import ProviderOptionsReka
    from ..models.provider_options_relace import ProviderOptionsRelace
    from ..models.provider_options_replicate import ProviderOptionsReplicate
    from ..models.provider_options_runway import ProviderOptionsRunway
    from ..models.provider_options_sail_research import ProviderOptionsSailResearch
    from ..models.provider_options_sakana import ProviderOptionsSakana
    from ..models.provider_options_sakana_ai import ProviderOptionsSakanaAi
    from ..models.provider_options_sambanova import ProviderOptionsSambanova
    from ..models.provider_options_sambanova_cloaked import (
        ProviderOptionsSambanovaCloaked,
    )
    from ..models.provider_options_seed import ProviderOptionsSeed
    from ..models.provider_options_sf_compute import ProviderOptionsSfCompute
    from ..models.provider_options_siliconflow import ProviderOptionsSiliconflow
    from ..models.provider_options_sourceful import ProviderOptionsSourceful
    from ..models.provider_options_stealth import ProviderOptionsStealth
    from ..models.provider_options_stepfun import ProviderOptionsStepfun
    from ..models.provider_options_streamlake import ProviderOptionsStreamlake
    from ..models.provider_options_switchpoint import ProviderOptionsSwitchpoint
    from ..models.provider_options_targon import ProviderOptionsTargon
    from ..models.provider_options_tencent import ProviderOptionsTencent
    from ..models.provider_options_tenstorrent import ProviderOptionsTenstorrent
    from ..models.provider_options_thinkingmachines import (
        ProviderOptionsThinkingmachines,
    )
    from ..models.provider_options_together import ProviderOptionsTogether
    from ..models.provider_options_together_lite import ProviderOptionsTogetherLite
    from ..models.provider_options_ubicloud import ProviderOptionsUbicloud
    from ..models.provider_options_upstage import ProviderOptionsUpstage
    from ..models.provider_options_venice import ProviderOptionsVenice
    from ..models.provider_options_voyageai import ProviderOptionsVoyageai
    from ..models.provider_options_wafer import ProviderOptionsWafer
    from ..models.provider_options_wandb import ProviderOptionsWandb
    from ..models.provider_options_wandb_legacy import ProviderOptionsWandbLegacy
    from ..models.provider_options_xai import ProviderOptionsXai
    from ..models.provider_options_xiaomi import ProviderOptionsXiaomi
    from ..models.provider_options_z_ai import ProviderOptionsZAi

_LAZY_IMPORTS = (
    ("..models.provider_options_01_ai", "ProviderOptions01Ai"),
    ("..models.provider_options_ai_21", "ProviderOptionsAi21"),
    ("..models.provider_options_aion_labs", "ProviderOptionsAionLabs"),
    ("..models.provider_options_akashml", "ProviderOptionsAkashml"),
    ("..models.provider_options_alibaba", "ProviderOptionsAlibaba"),
    ("..models.provider_options_amazon_bedrock", "ProviderOptionsAmazonBedrock"),
    (
        "..models.provider_options_amazon_bedrockclaude_on_aws",
        "ProviderOptionsAmazonBedrockclaudeOnAws",
    ),
    ("..models.provider_options_amazon_nova", "ProviderOptionsAmazonNova"),
    ("..models.provider_options_ambient", "ProviderOptionsAmbient"),
    ("..models.provider_options_anthropic", "ProviderOptionsAnthropic"),
    ("..models.provider_options_anthropic_2", "ProviderOptionsAnthropic2"),
    ("..models.provider_options_anyscale", "ProviderOptionsAnyscale"),
    ("..models.provider_options_arcee_ai", "ProviderOptionsArceeAi"),
    ("..models.provider_options_atlas_cloud", "ProviderOptionsAtlasCloud"),
    ("..models.provider_options_atoma", "ProviderOptionsAtoma"),
    ("..models.provider_options_avian", "ProviderOptionsAvian"),
    ("..models.provider_options_azure", "ProviderOptionsAzure"),
    ("..models.provider_options_baidu", "ProviderOptionsBaidu"),
    ("..models.provider_options_baseten", "ProviderOptionsBaseten"),
    ("..models.provider_options_black_forest_labs", "ProviderOptionsBlackForestLabs"),
    ("..models.provider_options_byteplus", "ProviderOptionsByteplus"),
    ("..models.provider_options_centml", "ProviderOptionsCentml"),
    ("..models.provider_options_cerebras", "ProviderOptionsCerebras"),
    ("..models.provider_options_chutes", "ProviderOptionsChutes"),
    ("..models.provider_options_cirrascale", "ProviderOptionsCirrascale"),
    ("..models.provider_options_clarifai", "ProviderOptionsClarifai"),
    ("..models.provider_options_claude_on_aws", "ProviderOptionsClaudeOnAws"),
    ("..models.provider_options_cloudflare", "ProviderOptionsCloudflare"),
    ("..models.provider_options_cohere", "ProviderOptionsCohere"),
    ("..models.provider_options_coreweave", "ProviderOptionsCoreweave"),
    ("..models.provider_options_crofai", "ProviderOptionsCrofai"),
    ("..models.provider_options_crucible", "ProviderOptionsCrucible"),
    ("..models.provider_options_crusoe", "ProviderOptionsCrusoe"),
    ("..models.provider_options_darkbloom", "ProviderOptionsDarkbloom"),
    ("..models.provider_options_databricks", "ProviderOptionsDatabricks"),
    ("..models.provider_options_decart", "ProviderOptionsDecart"),
    ("..models.provider_options_deepgram", "ProviderOptionsDeepgram"),
    ("..models.provider_options_deepinfra", "ProviderOptionsDeepinfra"),
    ("..models.provider_options_deepseek", "ProviderOptionsDeepseek"),
    ("..models.provider_options_dekallm", "ProviderOptionsDekallm"),
    ("..models.provider_options_digitalocean", "ProviderOptionsDigitalocean"),
    ("..models.provider_options_enfer", "ProviderOptionsEnfer"),
    ("..models.provider_options_fake_provider", "ProviderOptionsFakeProvider"),
    ("..models.provider_options_featherless", "ProviderOptionsFeatherless"),
    ("..models.provider_options_fireworks", "ProviderOptionsFireworks"),
    ("..models.provider_options_fish_audio", "ProviderOptionsFishAudio"),
    ("..models.provider_options_friendli", "ProviderOptionsFriendli"),
    ("..models.provider_options_gmicloud", "ProviderOptionsGmicloud"),
    ("..models.provider_options_google_ai_studio", "ProviderOptionsGoogleAiStudio"),
    ("..models.provider_options_google_vertex", "ProviderOptionsGoogleVertex"),
    ("..models.provider_options_gopomelo", "ProviderOptionsGopomelo"),
    ("..models.provider_options_groq", "ProviderOptionsGroq"),
    ("..models.provider_options_heygen", "ProviderOptionsHeygen"),
    ("..models.provider_options_huggingface", "ProviderOptionsHuggingface"),
    ("..models.provider_options_hyperbolic", "ProviderOptionsHyperbolic"),
    (
        "..models.provider_options_hyperbolic_quantized",
        "ProviderOptionsHyperbolicQuantized",
    ),
    ("..models.provider_options_inception", "ProviderOptionsInception"),
    ("..models.provider_options_inceptron", "ProviderOptionsInceptron"),
    ("..models.provider_options_inferact_vllm", "ProviderOptionsInferactVllm"),
    ("..models.provider_options_inference_net", "ProviderOptionsInferenceNet"),
    ("..models.provider_options_infermatic", "ProviderOptionsInfermatic"),
    ("..models.provider_options_inflection", "ProviderOptionsInflection"),
    ("..models.provider_options_inocloud", "ProviderOptionsInocloud"),
    ("..models.provider_options_io_net", "ProviderOptionsIoNet"),
    ("..models.provider_options_ionstream", "ProviderOptionsIonstream"),
    ("..models.provider_options_klusterai", "ProviderOptionsKlusterai"),
    ("..models.provider_options_krea", "ProviderOptionsKrea"),
    ("..models.provider_options_lambda", "ProviderOptionsLambda"),
    ("..models.provider_options_lepton", "ProviderOptionsLepton"),
    ("..models.provider_options_liquid", "ProviderOptionsLiquid"),
    ("..models.provider_options_lynn", "ProviderOptionsLynn"),
    ("..models.provider_options_lynn_private", "ProviderOptionsLynnPrivate"),
    ("..models.provider_options_makora", "ProviderOptionsMakora"),
    ("..models.provider_options_mancer", "ProviderOptionsMancer"),
    ("..models.provider_options_mancer_old", "ProviderOptionsMancerOld"),
    ("..models.provider_options_mara", "ProviderOptionsMara"),
    ("..models.provider_options_meta", "ProviderOptionsMeta"),
    ("..models.provider_options_minimax", "ProviderOptionsMinimax"),
    ("..models.provider_options_mistral", "ProviderOptionsMistral"),
    ("..models.provider_options_modal", "ProviderOptionsModal"),
    ("..models.provider_options_modelrun", "ProviderOptionsModelrun"),
    ("..models.provider_options_modular", "ProviderOptionsModular"),
    ("..models.provider_options_moonshotai", "ProviderOptionsMoonshotai"),
    ("..models.provider_options_morph", "ProviderOptionsMorph"),
    ("..models.provider_options_ncompass", "ProviderOptionsNcompass"),
    ("..models.provider_options_nebius", "ProviderOptionsNebius"),
    ("..models.provider_options_nex_agi", "ProviderOptionsNexAgi"),
    ("..models.provider_options_nextbit", "ProviderOptionsNextbit"),
    ("..models.provider_options_nineteen", "ProviderOptionsNineteen"),
    ("..models.provider_options_novita", "ProviderOptionsNovita"),
    ("..models.provider_options_nvidia", "ProviderOptionsNvidia"),
    ("..models.provider_options_octoai", "ProviderOptionsOctoai"),
    ("..models.provider_options_open_inference", "ProviderOptionsOpenInference"),
    ("..models.provider_options_openai", "ProviderOptionsOpenai"),
    ("..models.provider_options_parasail", "ProviderOptionsParasail"),
    ("..models.provider_options_perceptron", "ProviderOptionsPerceptron"),
    ("..models.provider_options_perplexity", "ProviderOptionsPerplexity"),
    ("..models.provider_options_phala", "ProviderOptionsPhala"),
    ("..models.provider_options_poolside", "ProviderOptionsPoolside"),
    ("..models.provider_options_quiver", "ProviderOptionsQuiver"),
    ("..models.provider_options_recraft", "ProviderOptionsRecraft"),
    ("..models.provider_options_recursal", "ProviderOptionsRecursal"),
    ("..models.provider_options_reflection", "ProviderOptionsReflection"),
    ("..models.provider_options_reka", "ProviderOptionsReka"),
    ("..models.provider_options_relace", "ProviderOptionsRelace"),
    ("..models.provider_options_replicate", "ProviderOptionsReplicate"),
    ("..models.provider_options_runway", "ProviderOptionsRunway"),
    ("..models.provider_options_sail_research", "ProviderOptionsSailResearch"),
    ("..models.provider_options_sakana", "ProviderOptionsSakana"),
    ("..models.provider_options_sakana_ai", "ProviderOptionsSakanaAi"),
    ("..models.provider_options_sambanova", "ProviderOptionsSambanova"),
    ("..models.provider_options_sambanova_cloaked", "ProviderOptionsSambanovaCloaked"),
    ("..models.provider_options_seed", "ProviderOptionsSeed"),
    ("..models.provider_options_sf_compute", "ProviderOptionsSfCompute"),
    ("..models.provider_options_siliconflow", "ProviderOptionsSiliconflow"),
    ("..models.provider_options_sourceful", "ProviderOptionsSourceful"),
    ("..models.provider_options_stealth", "ProviderOptionsStealth"),
    ("..models.provider_options_stepfun", "ProviderOptionsStepfun"),
    ("..models.provider_options_streamlake", "ProviderOptionsStreamlake"),
    ("..models.provider_options_switchpoint", "ProviderOptionsSwitchpoint"),
    ("..models.provider_options_targon", "ProviderOptionsTargon"),
    ("..models.provider_options_tencent", "ProviderOptionsTencent"),
    ("..models.provider_options_tenstorrent", "ProviderOptionsTenstorrent"),
    ("..models.provider_options_thinkingmachines", "ProviderOptionsThinkingmachines"),
    ("..models.provider_options_together", "ProviderOptionsTogether"),
    ("..models.provider_options_together_lite", "ProviderOptionsTogetherLite"),
    ("..models.provider_options_ubicloud", "ProviderOptionsUbicloud"),
    ("..models.provider_options_upstage", "ProviderOptionsUpstage"),
    ("..models.provider_options_venice", "ProviderOptionsVenice"),
    ("..models.provider_options_voyageai", "ProviderOptionsVoyageai"),
    ("..models.provider_options_wafer", "ProviderOptionsWafer"),
    ("..models.provider_options_wandb", "ProviderOptionsWandb"),
    ("..models.provider_options_wandb_legacy", "ProviderOptionsWandbLegacy"),
    ("..models.provider_options_xai", "ProviderOptionsXai"),
    ("..models.provider_options_xiaomi", "ProviderOptionsXiaomi"),
    ("..models.provider_options_z_ai", "ProviderOptionsZAi"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ProviderOptions")


@_attrs_define
class ProviderOptions(APIModel):
    """
    Attributes:
        field_01ai (ProviderOptions01Ai | Unset):
        ai21 (ProviderOptionsAi21 | Unset):
        aion_labs (ProviderOptionsAionLabs | Unset):
        akashml (ProviderOptionsAkashml | Unset):
        alibaba (ProviderOptionsAlibaba | Unset):
        amazon_bedrock (ProviderOptionsAmazonBedrock | Unset):
        amazon_bedrockclaude_on_aws (ProviderOptionsAmazonBedrockclaudeOnAws | Unset):
        amazon_nova (ProviderOptionsAmazonNova | Unset):
        ambient (ProviderOptionsAmbient | Unset):
        anthropic (ProviderOptionsAnthropic | Unset):
        anthropic2 (ProviderOptionsAnthropic2 | Unset):
        anyscale (ProviderOptionsAnyscale | Unset):
        arcee_ai (ProviderOptionsArceeAi | Unset):
        atlas_cloud (ProviderOptionsAtlasCloud | Unset):
        atoma (ProviderOptionsAtoma | Unset):
        avian (ProviderOptionsAvian | Unset):
        azure (ProviderOptionsAzure | Unset):
        baidu (ProviderOptionsBaidu | Unset):
        baseten (ProviderOptionsBaseten | Unset):
        black_forest_labs (ProviderOptionsBlackForestLabs | Unset):
        byteplus (ProviderOptionsByteplus | Unset):
        centml (ProviderOptionsCentml | Unset):
        cerebras (ProviderOptionsCerebras | Unset):
        chutes (ProviderOptionsChutes | Unset):
        cirrascale (ProviderOptionsCirrascale | Unset):
        clarifai (ProviderOptionsClarifai | Unset):
        claude_on_aws (ProviderOptionsClaudeOnAws | Unset):
        cloudflare (ProviderOptionsCloudflare | Unset):
        cohere (ProviderOptionsCohere | Unset):
        coreweave (ProviderOptionsCoreweave | Unset):
        crofai (ProviderOptionsCrofai | Unset):
        crucible (ProviderOptionsCrucible | Unset):
        crusoe (ProviderOptionsCrusoe | Unset):
        darkbloom (ProviderOptionsDarkbloom | Unset):
        databricks (ProviderOptionsDatabricks | Unset):
        decart (ProviderOptionsDecart | Unset):
        deepgram (ProviderOptionsDeepgram | Unset):
        deepinfra (ProviderOptionsDeepinfra | Unset):
        deepseek (ProviderOptionsDeepseek | Unset):
        dekallm (ProviderOptionsDekallm | Unset):
        digitalocean (ProviderOptionsDigitalocean | Unset):
        enfer (ProviderOptionsEnfer | Unset):
        fake_provider (ProviderOptionsFakeProvider | Unset):
        featherless (ProviderOptionsFeatherless | Unset):
        fireworks (ProviderOptionsFireworks | Unset):
        fish_audio (ProviderOptionsFishAudio | Unset):
        friendli (ProviderOptionsFriendli | Unset):
        gmicloud (ProviderOptionsGmicloud | Unset):
        google_ai_studio (ProviderOptionsGoogleAiStudio | Unset):
        google_vertex (ProviderOptionsGoogleVertex | Unset):
        gopomelo (ProviderOptionsGopomelo | Unset):
        groq (ProviderOptionsGroq | Unset):
        heygen (ProviderOptionsHeygen | Unset):
        huggingface (ProviderOptionsHuggingface | Unset):
        hyperbolic (ProviderOptionsHyperbolic | Unset):
        hyperbolic_quantized (ProviderOptionsHyperbolicQuantized | Unset):
        inception (ProviderOptionsInception | Unset):
        inceptron (ProviderOptionsInceptron | Unset):
        inferact_vllm (ProviderOptionsInferactVllm | Unset):
        inference_net (ProviderOptionsInferenceNet | Unset):
        infermatic (ProviderOptionsInfermatic | Unset):
        inflection (ProviderOptionsInflection | Unset):
        inocloud (ProviderOptionsInocloud | Unset):
        io_net (ProviderOptionsIoNet | Unset):
        ionstream (ProviderOptionsIonstream | Unset):
        klusterai (ProviderOptionsKlusterai | Unset):
        krea (ProviderOptionsKrea | Unset):
        lambda_ (ProviderOptionsLambda | Unset):
        lepton (ProviderOptionsLepton | Unset):
        liquid (ProviderOptionsLiquid | Unset):
        lynn (ProviderOptionsLynn | Unset):
        lynn_private (ProviderOptionsLynnPrivate | Unset):
        makora (ProviderOptionsMakora | Unset):
        mancer (ProviderOptionsMancer | Unset):
        mancer_old (ProviderOptionsMancerOld | Unset):
        mara (ProviderOptionsMara | Unset):
        meta (ProviderOptionsMeta | Unset):
        minimax (ProviderOptionsMinimax | Unset):
        mistral (ProviderOptionsMistral | Unset):
        modal (ProviderOptionsModal | Unset):
        modelrun (ProviderOptionsModelrun | Unset):
        modular (ProviderOptionsModular | Unset):
        moonshotai (ProviderOptionsMoonshotai | Unset):
        morph (ProviderOptionsMorph | Unset):
        ncompass (ProviderOptionsNcompass | Unset):
        nebius (ProviderOptionsNebius | Unset):
        nex_agi (ProviderOptionsNexAgi | Unset):
        nextbit (ProviderOptionsNextbit | Unset):
        nineteen (ProviderOptionsNineteen | Unset):
        novita (ProviderOptionsNovita | Unset):
        nvidia (ProviderOptionsNvidia | Unset):
        octoai (ProviderOptionsOctoai | Unset):
        open_inference (ProviderOptionsOpenInference | Unset):
        openai (ProviderOptionsOpenai | Unset):
        parasail (ProviderOptionsParasail | Unset):
        perceptron (ProviderOptionsPerceptron | Unset):
        perplexity (ProviderOptionsPerplexity | Unset):
        phala (ProviderOptionsPhala | Unset):
        poolside (ProviderOptionsPoolside | Unset):
        quiver (ProviderOptionsQuiver | Unset):
        recraft (ProviderOptionsRecraft | Unset):
        recursal (ProviderOptionsRecursal | Unset):
        reflection (ProviderOptionsReflection | Unset):
        reka (ProviderOptionsReka | Unset):
        relace (ProviderOptionsRelace | Unset):
        replicate (ProviderOptionsReplicate | Unset):
        runway (ProviderOptionsRunway | Unset):
        sail_research (ProviderOptionsSailResearch | Unset):
        sakana (ProviderOptionsSakana | Unset):
        sakana_ai (ProviderOptionsSakanaAi | Unset):
        sambanova (ProviderOptionsSambanova | Unset):
        sambanova_cloaked (ProviderOptionsSambanovaCloaked | Unset):
        seed (ProviderOptionsSeed | Unset):
        sf_compute (ProviderOptionsSfCompute | Unset):
        siliconflow (ProviderOptionsSiliconflow | Unset):
        sourceful (ProviderOptionsSourceful | Unset):
        stealth (ProviderOptionsStealth | Unset):
        stepfun (ProviderOptionsStepfun | Unset):
        streamlake (ProviderOptionsStreamlake | Unset):
        switchpoint (ProviderOptionsSwitchpoint | Unset):
        targon (ProviderOptionsTargon | Unset):
        tencent (ProviderOptionsTencent | Unset):
        tenstorrent (ProviderOptionsTenstorrent | Unset):
        thinkingmachines (ProviderOptionsThinkingmachines | Unset):
        together (ProviderOptionsTogether | Unset):
        together_lite (ProviderOptionsTogetherLite | Unset):
        ubicloud (ProviderOptionsUbicloud | Unset):
        upstage (ProviderOptionsUpstage | Unset):
        venice (ProviderOptionsVenice | Unset):
        voyageai (ProviderOptionsVoyageai | Unset):
        wafer (ProviderOptionsWafer | Unset):
        wandb (ProviderOptionsWandb | Unset):
        wandb_legacy (ProviderOptionsWandbLegacy | Unset):
        xai (ProviderOptionsXai | Unset):
        xiaomi (ProviderOptionsXiaomi | Unset):
        z_ai (ProviderOptionsZAi | Unset):
    """

    field_01ai: ProviderOptions01Ai | Unset = UNSET
    ai21: ProviderOptionsAi21 | Unset = UNSET
    aion_labs: ProviderOptionsAionLabs | Unset = UNSET
    akashml: ProviderOptionsAkashml | Unset = UNSET
    alibaba: ProviderOptionsAlibaba | Unset = UNSET
    amazon_bedrock: ProviderOptionsAmazonBedrock | Unset = UNSET
    amazon_bedrockclaude_on_aws: ProviderOptionsAmazonBedrockclaudeOnAws | Unset = UNSET
    amazon_nova: ProviderOptionsAmazonNova | Unset = UNSET
    ambient: ProviderOptionsAmbient | Unset = UNSET
    anthropic: ProviderOptionsAnthropic | Unset = UNSET
    anthropic2: ProviderOptionsAnthropic2 | Unset = UNSET
    anyscale: ProviderOptionsAnyscale | Unset = UNSET
    arcee_ai: ProviderOptionsArceeAi | Unset = UNSET
    atlas_cloud: ProviderOptionsAtlasCloud | Unset = UNSET
    atoma: ProviderOptionsAtoma | Unset = UNSET
    avian: ProviderOptionsAvian | Unset = UNSET
    azure: ProviderOptionsAzure | Unset = UNSET
    baidu: ProviderOptionsBaidu | Unset = UNSET
    baseten: ProviderOptionsBaseten | Unset = UNSET
    black_forest_labs: ProviderOptionsBlackForestLabs | Unset = UNSET
    byteplus: ProviderOptionsByteplus | Unset = UNSET
    centml: ProviderOptionsCentml | Unset = UNSET
    cerebras: ProviderOptionsCerebras | Unset = UNSET
    chutes: ProviderOptionsChutes | Unset = UNSET
    cirrascale: ProviderOptionsCirrascale | Unset = UNSET
    clarifai: ProviderOptionsClarifai | Unset = UNSET
    claude_on_aws: ProviderOptionsClaudeOnAws | Unset = UNSET
    cloudflare: ProviderOptionsCloudflare | Unset = UNSET
    cohere: ProviderOptionsCohere | Unset = UNSET
    coreweave: ProviderOptionsCoreweave | Unset = UNSET
    crofai: ProviderOptionsCrofai | Unset = UNSET
    crucible: ProviderOptionsCrucible | Unset = UNSET
    crusoe: ProviderOptionsCrusoe | Unset = UNSET
    darkbloom: ProviderOptionsDarkbloom | Unset = UNSET
    databricks: ProviderOptionsDatabricks | Unset = UNSET
    decart: ProviderOptionsDecart | Unset = UNSET
    deepgram: ProviderOptionsDeepgram | Unset = UNSET
    deepinfra: ProviderOptionsDeepinfra | Unset = UNSET
    deepseek: ProviderOptionsDeepseek | Unset = UNSET
    dekallm: ProviderOptionsDekallm | Unset = UNSET
    digitalocean: ProviderOptionsDigitalocean | Unset = UNSET
    enfer: ProviderOptionsEnfer | Unset = UNSET
    fake_provider: ProviderOptionsFakeProvider | Unset = UNSET
    featherless: ProviderOptionsFeatherless | Unset = UNSET
    fireworks: ProviderOptionsFireworks | Unset = UNSET
    fish_audio: ProviderOptionsFishAudio | Unset = UNSET
    friendli: ProviderOptionsFriendli | Unset = UNSET
    gmicloud: ProviderOptionsGmicloud | Unset = UNSET
    google_ai_studio: ProviderOptionsGoogleAiStudio | Unset = UNSET
    google_vertex: ProviderOptionsGoogleVertex | Unset = UNSET
    gopomelo: ProviderOptionsGopomelo | Unset = UNSET
    groq: ProviderOptionsGroq | Unset = UNSET
    heygen: ProviderOptionsHeygen | Unset = UNSET
    huggingface: ProviderOptionsHuggingface | Unset = UNSET
    hyperbolic: ProviderOptionsHyperbolic | Unset = UNSET
    hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | Unset = UNSET
    inception: ProviderOptionsInception | Unset = UNSET
    inceptron: ProviderOptionsInceptron | Unset = UNSET
    inferact_vllm: ProviderOptionsInferactVllm | Unset = UNSET
    inference_net: ProviderOptionsInferenceNet | Unset = UNSET
    infermatic: ProviderOptionsInfermatic | Unset = UNSET
    inflection: ProviderOptionsInflection | Unset = UNSET
    inocloud: ProviderOptionsInocloud | Unset = UNSET
    io_net: ProviderOptionsIoNet | Unset = UNSET
    ionstream: ProviderOptionsIonstream | Unset = UNSET
    klusterai: ProviderOptionsKlusterai | Unset = UNSET
    krea: ProviderOptionsKrea | Unset = UNSET
    lambda_: ProviderOptionsLambda | Unset = UNSET
    lepton: ProviderOptionsLepton | Unset = UNSET
    liquid: ProviderOptionsLiquid | Unset = UNSET
    lynn: ProviderOptionsLynn | Unset = UNSET
    lynn_private: ProviderOptionsLynnPrivate | Unset = UNSET
    makora: ProviderOptionsMakora | Unset = UNSET
    mancer: ProviderOptionsMancer | Unset = UNSET
    mancer_old: ProviderOptionsMancerOld | Unset = UNSET
    mara: ProviderOptionsMara | Unset = UNSET
    meta: ProviderOptionsMeta | Unset = UNSET
    minimax: ProviderOptionsMinimax | Unset = UNSET
    mistral: ProviderOptionsMistral | Unset = UNSET
    modal: ProviderOptionsModal | Unset = UNSET
    modelrun: ProviderOptionsModelrun | Unset = UNSET
    modular: ProviderOptionsModular | Unset = UNSET
    moonshotai: ProviderOptionsMoonshotai | Unset = UNSET
    morph: ProviderOptionsMorph | Unset = UNSET
    ncompass: ProviderOptionsNcompass | Unset = UNSET
    nebius: ProviderOptionsNebius | Unset = UNSET
    nex_agi: ProviderOptionsNexAgi | Unset = UNSET
    nextbit: ProviderOptionsNextbit | Unset = UNSET
    nineteen: ProviderOptionsNineteen | Unset = UNSET
    novita: ProviderOptionsNovita | Unset = UNSET
    nvidia: ProviderOptionsNvidia | Unset = UNSET
    octoai: ProviderOptionsOctoai | Unset = UNSET
    open_inference: ProviderOptionsOpenInference | Unset = UNSET
    openai: ProviderOptionsOpenai | Unset = UNSET
    parasail: ProviderOptionsParasail | Unset = UNSET
    perceptron: ProviderOptionsPerceptron | Unset = UNSET
    perplexity: ProviderOptionsPerplexity | Unset = UNSET
    phala: ProviderOptionsPhala | Unset = UNSET
    poolside: ProviderOptionsPoolside | Unset = UNSET
    quiver: ProviderOptionsQuiver | Unset = UNSET
    recraft: ProviderOptionsRecraft | Unset = UNSET
    recursal: ProviderOptionsRecursal | Unset = UNSET
    reflection: ProviderOptionsReflection | Unset = UNSET
    reka: ProviderOptionsReka | Unset = UNSET
    relace: ProviderOptionsRelace | Unset = UNSET
    replicate: ProviderOptionsReplicate | Unset = UNSET
    runway: ProviderOptionsRunway | Unset = UNSET
    sail_research: ProviderOptionsSailResearch | Unset = UNSET
    sakana: ProviderOptionsSakana | Unset = UNSET
    sakana_ai: ProviderOptionsSakanaAi | Unset = UNSET
    sambanova: ProviderOptionsSambanova | Unset = UNSET
    sambanova_cloaked: ProviderOptionsSambanovaCloaked | Unset = UNSET
    seed: ProviderOptionsSeed | Unset = UNSET
    sf_compute: ProviderOptionsSfCompute | Unset = UNSET
    siliconflow: ProviderOptionsSiliconflow | Unset = UNSET
    sourceful: ProviderOptionsSourceful | Unset = UNSET
    stealth: ProviderOptionsStealth | Unset = UNSET
    stepfun: ProviderOptionsStepfun | Unset = UNSET
    streamlake: ProviderOptionsStreamlake | Unset = UNSET
    switchpoint: ProviderOptionsSwitchpoint | Unset = UNSET
    targon: ProviderOptionsTargon | Unset = UNSET
    tencent: ProviderOptionsTencent | Unset = UNSET
    tenstorrent: ProviderOptionsTenstorrent | Unset = UNSET
    thinkingmachines: ProviderOptionsThinkingmachines | Unset = UNSET
    together: ProviderOptionsTogether | Unset = UNSET
    together_lite: ProviderOptionsTogetherLite | Unset = UNSET
    ubicloud: ProviderOptionsUbicloud | Unset = UNSET
    upstage: ProviderOptionsUpstage | Unset = UNSET
    venice: ProviderOptionsVenice | Unset = UNSET
    voyageai: ProviderOptionsVoyageai | Unset = UNSET
    wafer: ProviderOptionsWafer | Unset = UNSET
    wandb: ProviderOptionsWandb | Unset = UNSET
    wandb_legacy: ProviderOptionsWandbLegacy | Unset = UNSET
    xai: ProviderOptionsXai | Unset = UNSET
    xiaomi: ProviderOptionsXiaomi | Unset = UNSET
    z_ai: ProviderOptionsZAi | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        field_01ai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_01ai, Unset):
            field_01ai = self.field_01ai.to_dict()

        ai21: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai21, Unset):
            ai21 = self.ai21.to_dict()

        aion_labs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aion_labs, Unset):
            aion_labs = self.aion_labs.to_dict()

        akashml: dict[str, Any] | Unset = UNSET
        if not isinstance(self.akashml, Unset):
            akashml = self.akashml.to_dict()

        alibaba: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alibaba, Unset):
            alibaba = self.alibaba.to_dict()

        amazon_bedrock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_bedrock, Unset):
            amazon_bedrock = self.amazon_bedrock.to_dict()

        amazon_bedrockclaude_on_aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_bedrockclaude_on_aws, Unset):
            amazon_bedrockclaude_on_aws = self.amazon_bedrockclaude_on_aws.to_dict()

        amazon_nova: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_nova, Unset):
            amazon_nova = self.amazon_nova.to_dict()

        ambient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ambient, Unset):
            ambient = self.ambient.to_dict()

        anthropic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic, Unset):
            anthropic = self.anthropic.to_dict()

        anthropic2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic2, Unset):
            anthropic2 = self.anthropic2.to_dict()

        anyscale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anyscale, Unset):
            anyscale = self.anyscale.to_dict()

        arcee_ai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arcee_ai, Unset):
            arcee_ai = self.arcee_ai.to_dict()

        atlas_cloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.atlas_cloud, Unset):
            atlas_cloud = self.atlas_cloud.to_dict()

        atoma: dict[str, Any] | Unset = UNSET
        if not isinstance(self.atoma, Unset):
            atoma = self.atoma.to_dict()

        avian: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avian, Unset):
            avian = self.avian.to_dict()

        azure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure, Unset):
            azure = self.azure.to_dict()

        baidu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.baidu, Unset):
            baidu = self.baidu.to_dict()

        baseten: dict[str, Any] | Unset = UNSET
        if not isinstance(self.baseten, Unset):
            baseten = self.baseten.to_dict()

        black_forest_labs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.black_forest_labs, Unset):
            black_forest_labs = self.black_forest_labs.to_dict()

        byteplus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.byteplus, Unset):
            byteplus = self.byteplus.to_dict()

        centml: dict[str, Any] | Unset = UNSET
        if not isinstance(self.centml, Unset):
            centml = self.centml.to_dict()

        cerebras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cerebras, Unset):
            cerebras = self.cerebras.to_dict()

        chutes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chutes, Unset):
            chutes = self.chutes.to_dict()

        cirrascale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cirrascale, Unset):
            cirrascale = self.cirrascale.to_dict()

        clarifai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clarifai, Unset):
            clarifai = self.clarifai.to_dict()

        claude_on_aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claude_on_aws, Unset):
            claude_on_aws = self.claude_on_aws.to_dict()

        cloudflare: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloudflare, Unset):
            cloudflare = self.cloudflare.to_dict()

        cohere: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cohere, Unset):
            cohere = self.cohere.to_dict()

        coreweave: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coreweave, Unset):
            coreweave = self.coreweave.to_dict()

        crofai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crofai, Unset):
            crofai = self.crofai.to_dict()

        crucible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crucible, Unset):
            crucible = self.crucible.to_dict()

        crusoe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crusoe, Unset):
            crusoe = self.crusoe.to_dict()

        darkbloom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.darkbloom, Unset):
            darkbloom = self.darkbloom.to_dict()

        databricks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databricks, Unset):
            databricks = self.databricks.to_dict()

        decart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decart, Unset):
            decart = self.decart.to_dict()

        deepgram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deepgram, Unset):
            deepgram = self.deepgram.to_dict()

        deepinfra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deepinfra, Unset):
            deepinfra = self.deepinfra.to_dict()

        deepseek: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deepseek, Unset):
            deepseek = self.deepseek.to_dict()

        dekallm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dekallm, Unset):
            dekallm = self.dekallm.to_dict()

        digitalocean: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digitalocean, Unset):
            digitalocean = self.digitalocean.to_dict()

        enfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enfer, Unset):
            enfer = self.enfer.to_dict()

        fake_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fake_provider, Unset):
            fake_provider = self.fake_provider.to_dict()

        featherless: dict[str, Any] | Unset = UNSET
        if not isinstance(self.featherless, Unset):
            featherless = self.featherless.to_dict()

        fireworks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fireworks, Unset):
            fireworks = self.fireworks.to_dict()

        fish_audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fish_audio, Unset):
            fish_audio = self.fish_audio.to_dict()

        friendli: dict[str, Any] | Unset = UNSET
        if not isinstance(self.friendli, Unset):
            friendli = self.friendli.to_dict()

        gmicloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gmicloud, Unset):
            gmicloud = self.gmicloud.to_dict()

        google_ai_studio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_ai_studio, Unset):
            google_ai_studio = self.google_ai_studio.to_dict()

        google_vertex: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_vertex, Unset):
            google_vertex = self.google_vertex.to_dict()

        gopomelo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gopomelo, Unset):
            gopomelo = self.gopomelo.to_dict()

        groq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groq, Unset):
            groq = self.groq.to_dict()

        heygen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heygen, Unset):
            heygen = self.heygen.to_dict()

        huggingface: dict[str, Any] | Unset = UNSET
        if not isinstance(self.huggingface, Unset):
            huggingface = self.huggingface.to_dict()

        hyperbolic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperbolic, Unset):
            hyperbolic = self.hyperbolic.to_dict()

        hyperbolic_quantized: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperbolic_quantized, Unset):
            hyperbolic_quantized = self.hyperbolic_quantized.to_dict()

        inception: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inception, Unset):
            inception = self.inception.to_dict()

        inceptron: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inceptron, Unset):
            inceptron = self.inceptron.to_dict()

        inferact_vllm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inferact_vllm, Unset):
            inferact_vllm = self.inferact_vllm.to_dict()

        inference_net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inference_net, Unset):
            inference_net = self.inference_net.to_dict()

        infermatic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.infermatic, Unset):
            infermatic = self.infermatic.to_dict()

        inflection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inflection, Unset):
            inflection = self.inflection.to_dict()

        inocloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inocloud, Unset):
            inocloud = self.inocloud.to_dict()

        io_net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.io_net, Unset):
            io_net = self.io_net.to_dict()

        ionstream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ionstream, Unset):
            ionstream = self.ionstream.to_dict()

        klusterai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.klusterai, Unset):
            klusterai = self.klusterai.to_dict()

        krea: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea, Unset):
            krea = self.krea.to_dict()

        lambda_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lambda_, Unset):
            lambda_ = self.lambda_.to_dict()

        lepton: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lepton, Unset):
            lepton = self.lepton.to_dict()

        liquid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquid, Unset):
            liquid = self.liquid.to_dict()

        lynn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lynn, Unset):
            lynn = self.lynn.to_dict()

        lynn_private: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lynn_private, Unset):
            lynn_private = self.lynn_private.to_dict()

        makora: dict[str, Any] | Unset = UNSET
        if not isinstance(self.makora, Unset):
            makora = self.makora.to_dict()

        mancer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mancer, Unset):
            mancer = self.mancer.to_dict()

        mancer_old: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mancer_old, Unset):
            mancer_old = self.mancer_old.to_dict()

        mara: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mara, Unset):
            mara = self.mara.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        minimax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minimax, Unset):
            minimax = self.minimax.to_dict()

        mistral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mistral, Unset):
            mistral = self.mistral.to_dict()

        modal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modal, Unset):
            modal = self.modal.to_dict()

        modelrun: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modelrun, Unset):
            modelrun = self.modelrun.to_dict()

        modular: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modular, Unset):
            modular = self.modular.to_dict()

        moonshotai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moonshotai, Unset):
            moonshotai = self.moonshotai.to_dict()

        morph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.morph, Unset):
            morph = self.morph.to_dict()

        ncompass: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ncompass, Unset):
            ncompass = self.ncompass.to_dict()

        nebius: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nebius, Unset):
            nebius = self.nebius.to_dict()

        nex_agi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nex_agi, Unset):
            nex_agi = self.nex_agi.to_dict()

        nextbit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nextbit, Unset):
            nextbit = self.nextbit.to_dict()

        nineteen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nineteen, Unset):
            nineteen = self.nineteen.to_dict()

        novita: dict[str, Any] | Unset = UNSET
        if not isinstance(self.novita, Unset):
            novita = self.novita.to_dict()

        nvidia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nvidia, Unset):
            nvidia = self.nvidia.to_dict()

        octoai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octoai, Unset):
            octoai = self.octoai.to_dict()

        open_inference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_inference, Unset):
            open_inference = self.open_inference.to_dict()

        openai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openai, Unset):
            openai = self.openai.to_dict()

        parasail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parasail, Unset):
            parasail = self.parasail.to_dict()

        perceptron: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perceptron, Unset):
            perceptron = self.perceptron.to_dict()

        perplexity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perplexity, Unset):
            perplexity = self.perplexity.to_dict()

        phala: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phala, Unset):
            phala = self.phala.to_dict()

        poolside: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poolside, Unset):
            poolside = self.poolside.to_dict()

        quiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quiver, Unset):
            quiver = self.quiver.to_dict()

        recraft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recraft, Unset):
            recraft = self.recraft.to_dict()

        recursal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recursal, Unset):
            recursal = self.recursal.to_dict()

        reflection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reflection, Unset):
            reflection = self.reflection.to_dict()

        reka: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reka, Unset):
            reka = self.reka.to_dict()

        relace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relace, Unset):
            relace = self.relace.to_dict()

        replicate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicate, Unset):
            replicate = self.replicate.to_dict()

        runway: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runway, Unset):
            runway = self.runway.to_dict()

        sail_research: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sail_research, Unset):
            sail_research = self.sail_research.to_dict()

        sakana: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sakana, Unset):
            sakana = self.sakana.to_dict()

        sakana_ai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sakana_ai, Unset):
            sakana_ai = self.sakana_ai.to_dict()

        sambanova: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sambanova, Unset):
            sambanova = self.sambanova.to_dict()

        sambanova_cloaked: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sambanova_cloaked, Unset):
            sambanova_cloaked = self.sambanova_cloaked.to_dict()

        seed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seed, Unset):
            seed = self.seed.to_dict()

        sf_compute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sf_compute, Unset):
            sf_compute = self.sf_compute.to_dict()

        siliconflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.siliconflow, Unset):
            siliconflow = self.siliconflow.to_dict()

        sourceful: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sourceful, Unset):
            sourceful = self.sourceful.to_dict()

        stealth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stealth, Unset):
            stealth = self.stealth.to_dict()

        stepfun: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stepfun, Unset):
            stepfun = self.stepfun.to_dict()

        streamlake: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streamlake, Unset):
            streamlake = self.streamlake.to_dict()

        switchpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.switchpoint, Unset):
            switchpoint = self.switchpoint.to_dict()

        targon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targon, Unset):
            targon = self.targon.to_dict()

        tencent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tencent, Unset):
            tencent = self.tencent.to_dict()

        tenstorrent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenstorrent, Unset):
            tenstorrent = self.tenstorrent.to_dict()

        thinkingmachines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinkingmachines, Unset):
            thinkingmachines = self.thinkingmachines.to_dict()

        together: dict[str, Any] | Unset = UNSET
        if not isinstance(self.together, Unset):
            together = self.together.to_dict()

        together_lite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.together_lite, Unset):
            together_lite = self.together_lite.to_dict()

        ubicloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ubicloud, Unset):
            ubicloud = self.ubicloud.to_dict()

        upstage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upstage, Unset):
            upstage = self.upstage.to_dict()

        venice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venice, Unset):
            venice = self.venice.to_dict()

        voyageai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voyageai, Unset):
            voyageai = self.voyageai.to_dict()

        wafer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wafer, Unset):
            wafer = self.wafer.to_dict()

        wandb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wandb, Unset):
            wandb = self.wandb.to_dict()

        wandb_legacy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wandb_legacy, Unset):
            wandb_legacy = self.wandb_legacy.to_dict()

        xai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xai, Unset):
            xai = self.xai.to_dict()

        xiaomi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xiaomi, Unset):
            xiaomi = self.xiaomi.to_dict()

        z_ai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_ai, Unset):
            z_ai = self.z_ai.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_01ai is not UNSET:
            field_dict["01ai"] = field_01ai
        if ai21 is not UNSET:
            field_dict["ai21"] = ai21
        if aion_labs is not UNSET:
            field_dict["aion-labs"] = aion_labs
        if akashml is not UNSET:
            field_dict["akashml"] = akashml
        if alibaba is not UNSET:
            field_dict["alibaba"] = alibaba
        if amazon_bedrock is not UNSET:
            field_dict["amazon-bedrock"] = amazon_bedrock
        if amazon_bedrockclaude_on_aws is not UNSET:
            field_dict["amazon-bedrock/claude-on-aws"] = amazon_bedrockclaude_on_aws
        if amazon_nova is not UNSET:
            field_dict["amazon-nova"] = amazon_nova
        if ambient is not UNSET:
            field_dict["ambient"] = ambient
        if anthropic is not UNSET:
            field_dict["anthropic"] = anthropic
        if anthropic2 is not UNSET:
            field_dict["anthropic/2"] = anthropic2
        if anyscale is not UNSET:
            field_dict["anyscale"] = anyscale
        if arcee_ai is not UNSET:
            field_dict["arcee-ai"] = arcee_ai
        if atlas_cloud is not UNSET:
            field_dict["atlas-cloud"] = atlas_cloud
        if atoma is not UNSET:
            field_dict["atoma"] = atoma
        if avian is not UNSET:
            field_dict["avian"] = avian
        if azure is not UNSET:
            field_dict["azure"] = azure
        if baidu is not UNSET:
            field_dict["baidu"] = baidu
        if baseten is not UNSET:
            field_dict["baseten"] = baseten
        if black_forest_labs is not UNSET:
            field_dict["black-forest-labs"] = black_forest_labs
        if byteplus is not UNSET:
            field_dict["byteplus"] = byteplus
        if centml is not UNSET:
            field_dict["centml"] = centml
        if cerebras is not UNSET:
            field_dict["cerebras"] = cerebras
        if chutes is not UNSET:
            field_dict["chutes"] = chutes
        if cirrascale is not UNSET:
            field_dict["cirrascale"] = cirrascale
        if clarifai is not UNSET:
            field_dict["clarifai"] = clarifai
        if claude_on_aws is not UNSET:
            field_dict["claude-on-aws"] = claude_on_aws
        if cloudflare is not UNSET:
            field_dict["cloudflare"] = cloudflare
        if cohere is not UNSET:
            field_dict["cohere"] = cohere
        if coreweave is not UNSET:
            field_dict["coreweave"] = coreweave
        if crofai is not UNSET:
            field_dict["crofai"] = crofai
        if crucible is not UNSET:
            field_dict["crucible"] = crucible
        if crusoe is not UNSET:
            field_dict["crusoe"] = crusoe
        if darkbloom is not UNSET:
            field_dict["darkbloom"] = darkbloom
        if databricks is not UNSET:
            field_dict["databricks"] = databricks
        if decart is not UNSET:
            field_dict["decart"] = decart
        if deepgram is not UNSET:
            field_dict["deepgram"] = deepgram
        if deepinfra is not UNSET:
            field_dict["deepinfra"] = deepinfra
        if deepseek is not UNSET:
            field_dict["deepseek"] = deepseek
        if dekallm is not UNSET:
            field_dict["dekallm"] = dekallm
        if digitalocean is not UNSET:
            field_dict["digitalocean"] = digitalocean
        if enfer is not UNSET:
            field_dict["enfer"] = enfer
        if fake_provider is not UNSET:
            field_dict["fake-provider"] = fake_provider
        if featherless is not UNSET:
            field_dict["featherless"] = featherless
        if fireworks is not UNSET:
            field_dict["fireworks"] = fireworks
        if fish_audio is not UNSET:
            field_dict["fish-audio"] = fish_audio
        if friendli is not UNSET:
            field_dict["friendli"] = friendli
        if gmicloud is not UNSET:
            field_dict["gmicloud"] = gmicloud
        if google_ai_studio is not UNSET:
            field_dict["google-ai-studio"] = google_ai_studio
        if google_vertex is not UNSET:
            field_dict["google-vertex"] = google_vertex
        if gopomelo is not UNSET:
            field_dict["gopomelo"] = gopomelo
        if groq is not UNSET:
            field_dict["groq"] = groq
        if heygen is not UNSET:
            field_dict["heygen"] = heygen
        if huggingface is not UNSET:
            field_dict["huggingface"] = huggingface
        if hyperbolic is not UNSET:
            field_dict["hyperbolic"] = hyperbolic
        if hyperbolic_quantized is not UNSET:
            field_dict["hyperbolic-quantized"] = hyperbolic_quantized
        if inception is not UNSET:
            field_dict["inception"] = inception
        if inceptron is not UNSET:
            field_dict["inceptron"] = inceptron
        if inferact_vllm is not UNSET:
            field_dict["inferact-vllm"] = inferact_vllm
        if inference_net is not UNSET:
            field_dict["inference-net"] = inference_net
        if infermatic is not UNSET:
            field_dict["infermatic"] = infermatic
        if inflection is not UNSET:
            field_dict["inflection"] = inflection
        if inocloud is not UNSET:
            field_dict["inocloud"] = inocloud
        if io_net is not UNSET:
            field_dict["io-net"] = io_net
        if ionstream is not UNSET:
            field_dict["ionstream"] = ionstream
        if klusterai is not UNSET:
            field_dict["klusterai"] = klusterai
        if krea is not UNSET:
            field_dict["krea"] = krea
        if lambda_ is not UNSET:
            field_dict["lambda"] = lambda_
        if lepton is not UNSET:
            field_dict["lepton"] = lepton
        if liquid is not UNSET:
            field_dict["liquid"] = liquid
        if lynn is not UNSET:
            field_dict["lynn"] = lynn
        if lynn_private is not UNSET:
            field_dict["lynn-private"] = lynn_private
        if makora is not UNSET:
            field_dict["makora"] = makora
        if mancer is not UNSET:
            field_dict["mancer"] = mancer
        if mancer_old is not UNSET:
            field_dict["mancer-old"] = mancer_old
        if mara is not UNSET:
            field_dict["mara"] = mara
        if meta is not UNSET:
            field_dict["meta"] = meta
        if minimax is not UNSET:
            field_dict["minimax"] = minimax
        if mistral is not UNSET:
            field_dict["mistral"] = mistral
        if modal is not UNSET:
            field_dict["modal"] = modal
        if modelrun is not UNSET:
            field_dict["modelrun"] = modelrun
        if modular is not UNSET:
            field_dict["modular"] = modular
        if moonshotai is not UNSET:
            field_dict["moonshotai"] = moonshotai
        if morph is not UNSET:
            field_dict["morph"] = morph
        if ncompass is not UNSET:
            field_dict["ncompass"] = ncompass
        if nebius is not UNSET:
            field_dict["nebius"] = nebius
        if nex_agi is not UNSET:
            field_dict["nex-agi"] = nex_agi
        if nextbit is not UNSET:
            field_dict["nextbit"] = nextbit
        if nineteen is not UNSET:
            field_dict["nineteen"] = nineteen
        if novita is not UNSET:
            field_dict["novita"] = novita
        if nvidia is not UNSET:
            field_dict["nvidia"] = nvidia
        if octoai is not UNSET:
            field_dict["octoai"] = octoai
        if open_inference is not UNSET:
            field_dict["open-inference"] = open_inference
        if openai is not UNSET:
            field_dict["openai"] = openai
        if parasail is not UNSET:
            field_dict["parasail"] = parasail
        if perceptron is not UNSET:
            field_dict["perceptron"] = perceptron
        if perplexity is not UNSET:
            field_dict["perplexity"] = perplexity
        if phala is not UNSET:
            field_dict["phala"] = phala
        if poolside is not UNSET:
            field_dict["poolside"] = poolside
        if quiver is not UNSET:
            field_dict["quiver"] = quiver
        if recraft is not UNSET:
            field_dict["recraft"] = recraft
        if recursal is not UNSET:
            field_dict["recursal"] = recursal
        if reflection is not UNSET:
            field_dict["reflection"] = reflection
        if reka is not UNSET:
            field_dict["reka"] = reka
        if relace is not UNSET:
            field_dict["relace"] = relace
        if replicate is not UNSET:
            field_dict["replicate"] = replicate
        if runway is not UNSET:
            field_dict["runway"] = runway
        if sail_research is not UNSET:
            field_dict["sail-research"] = sail_research
        if sakana is not UNSET:
            field_dict["sakana"] = sakana
        if sakana_ai is not UNSET:
            field_dict["sakana-ai"] = sakana_ai
        if sambanova is not UNSET:
            field_dict["sambanova"] = sambanova
        if sambanova_cloaked is not UNSET:
            field_dict["sambanova-cloaked"] = sambanova_cloaked
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sf_compute is not UNSET:
            field_dict["sf-compute"] = sf_compute
        if siliconflow is not UNSET:
            field_dict["siliconflow"] = siliconflow
        if sourceful is not UNSET:
            field_dict["sourceful"] = sourceful
        if stealth is not UNSET:
            field_dict["stealth"] = stealth
        if stepfun is not UNSET:
            field_dict["stepfun"] = stepfun
        if streamlake is not UNSET:
            field_dict["streamlake"] = streamlake
        if switchpoint is not UNSET:
            field_dict["switchpoint"] = switchpoint
        if targon is not UNSET:
            field_dict["targon"] = targon
        if tencent is not UNSET:
            field_dict["tencent"] = tencent
        if tenstorrent is not UNSET:
            field_dict["tenstorrent"] = tenstorrent
        if thinkingmachines is not UNSET:
            field_dict["thinkingmachines"] = thinkingmachines
        if together is not UNSET:
            field_dict["together"] = together
        if together_lite is not UNSET:
            field_dict["together-lite"] = together_lite
        if ubicloud is not UNSET:
            field_dict["ubicloud"] = ubicloud
        if upstage is not UNSET:
            field_dict["upstage"] = upstage
        if venice is not UNSET:
            field_dict["venice"] = venice
        if voyageai is not UNSET:
            field_dict["voyageai"] = voyageai
        if wafer is not UNSET:
            field_dict["wafer"] = wafer
        if wandb is not UNSET:
            field_dict["wandb"] = wandb
        if wandb_legacy is not UNSET:
            field_dict["wandb-legacy"] = wandb_legacy
        if xai is not UNSET:
            field_dict["xai"] = xai
        if xiaomi is not UNSET:
            field_dict["xiaomi"] = xiaomi
        if z_ai is not UNSET:
            field_dict["z-ai"] = z_ai

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _field_01ai = d.pop("01ai", UNSET)
        field_01ai: ProviderOptions01Ai | Unset
        if isinstance(_field_01ai, Unset):
            field_01ai = UNSET
        else:
            field_01ai = ProviderOptions01Ai.from_dict(_field_01ai)

        _ai21 = d.pop("ai21", UNSET)
        ai21: ProviderOptionsAi21 | Unset
        if isinstance(_ai21, Unset):
            ai21 = UNSET
        else:
            ai21 = ProviderOptionsAi21.from_dict(_ai21)

        _aion_labs = d.pop("aion-labs", UNSET)
        aion_labs: ProviderOptionsAionLabs | Unset
        if isinstance(_aion_labs, Unset):
            aion_labs = UNSET
        else:
            aion_labs = ProviderOptionsAionLabs.from_dict(_aion_labs)

        _akashml = d.pop("akashml", UNSET)
        akashml: ProviderOptionsAkashml | Unset
        if isinstance(_akashml, Unset):
            akashml = UNSET
        else:
            akashml = ProviderOptionsAkashml.from_dict(_akashml)

        _alibaba = d.pop("alibaba", UNSET)
        alibaba: ProviderOptionsAlibaba | Unset
        if isinstance(_alibaba, Unset):
            alibaba = UNSET
        else:
            alibaba = ProviderOptionsAlibaba.from_dict(_alibaba)

        _amazon_bedrock = d.pop("amazon-bedrock", UNSET)
        amazon_bedrock: ProviderOptionsAmazonBedrock | Unset
        if isinstance(_amazon_bedrock, Unset):
            amazon_bedrock = UNSET
        else:
            amazon_bedrock = ProviderOptionsAmazonBedrock.from_dict(_amazon_bedrock)

        _amazon_bedrockclaude_on_aws = d.pop("amazon-bedrock/claude-on-aws", UNSET)
        amazon_bedrockclaude_on_aws: ProviderOptionsAmazonBedrockclaudeOnAws | Unset
        if isinstance(_amazon_bedrockclaude_on_aws, Unset):
            amazon_bedrockclaude_on_aws = UNSET
        else:
            amazon_bedrockclaude_on_aws = (
                ProviderOptionsAmazonBedrockclaudeOnAws.from_dict(
                    _amazon_bedrockclaude_on_aws
                )
            )

        _amazon_nova = d.pop("amazon-nova", UNSET)
        amazon_nova: ProviderOptionsAmazonNova | Unset
        if isinstance(_amazon_nova, Unset):
            amazon_nova = UNSET
        else:
            amazon_nova = ProviderOptionsAmazonNova.from_dict(_amazon_nova)

        _ambient = d.pop("ambient", UNSET)
        ambient: ProviderOptionsAmbient | Unset
        if isinstance(_ambient, Unset):
            ambient = UNSET
        else:
            ambient = ProviderOptionsAmbient.from_dict(_ambient)

        _anthropic = d.pop("anthropic", UNSET)
        anthropic: ProviderOptionsAnthropic | Unset
        if isinstance(_anthropic, Unset):
            anthropic = UNSET
        else:
            anthropic = ProviderOptionsAnthropic.from_dict(_anthropic)

        _anthropic2 = d.pop("anthropic/2", UNSET)
        anthropic2: ProviderOptionsAnthropic2 | Unset
        if isinstance(_anthropic2, Unset):
            anthropic2 = UNSET
        else:
            anthropic2 = ProviderOptionsAnthropic2.from_dict(_anthropic2)

        _anyscale = d.pop("anyscale", UNSET)
        anyscale: ProviderOptionsAnyscale | Unset
        if isinstance(_anyscale, Unset):
            anyscale = UNSET
        else:
            anyscale = ProviderOptionsAnyscale.from_dict(_anyscale)

        _arcee_ai = d.pop("arcee-ai", UNSET)
        arcee_ai: ProviderOptionsArceeAi | Unset
        if isinstance(_arcee_ai, Unset):
            arcee_ai = UNSET
        else:
            arcee_ai = ProviderOptionsArceeAi.from_dict(_arcee_ai)

        _atlas_cloud = d.pop("atlas-cloud", UNSET)
        atlas_cloud: ProviderOptionsAtlasCloud | Unset
        if isinstance(_atlas_cloud, Unset):
            atlas_cloud = UNSET
        else:
            atlas_cloud = ProviderOptionsAtlasCloud.from_dict(_atlas_cloud)

        _atoma = d.pop("atoma", UNSET)
        atoma: ProviderOptionsAtoma | Unset
        if isinstance(_atoma, Unset):
            atoma = UNSET
        else:
            atoma = ProviderOptionsAtoma.from_dict(_atoma)

        _avian = d.pop("avian", UNSET)
        avian: ProviderOptionsAvian | Unset
        if isinstance(_avian, Unset):
            avian = UNSET
        else:
            avian = ProviderOptionsAvian.from_dict(_avian)

        _azure = d.pop("azure", UNSET)
        azure: ProviderOptionsAzure | Unset
        if isinstance(_azure, Unset):
            azure = UNSET
        else:
            azure = ProviderOptionsAzure.from_dict(_azure)

        _baidu = d.pop("baidu", UNSET)
        baidu: ProviderOptionsBaidu | Unset
        if isinstance(_baidu, Unset):
            baidu = UNSET
        else:
            baidu = ProviderOptionsBaidu.from_dict(_baidu)

        _baseten = d.pop("baseten", UNSET)
        baseten: ProviderOptionsBaseten | Unset
        if isinstance(_baseten, Unset):
            baseten = UNSET
        else:
            baseten = ProviderOptionsBaseten.from_dict(_baseten)

        _black_forest_labs = d.pop("black-forest-labs", UNSET)
        black_forest_labs: ProviderOptionsBlackForestLabs | Unset
        if isinstance(_black_forest_labs, Unset):
            black_forest_labs = UNSET
        else:
            black_forest_labs = ProviderOptionsBlackForestLabs.from_dict(
                _black_forest_labs
            )

        _byteplus = d.pop("byteplus", UNSET)
        byteplus: ProviderOptionsByteplus | Unset
        if isinstance(_byteplus, Unset):
            byteplus = UNSET
        else:
            byteplus = ProviderOptionsByteplus.from_dict(_byteplus)

        _centml = d.pop("centml", UNSET)
        centml: ProviderOptionsCentml | Unset
        if isinstance(_centml, Unset):
            centml = UNSET
        else:
            centml = ProviderOptionsCentml.from_dict(_centml)

        _cerebras = d.pop("cerebras", UNSET)
        cerebras: ProviderOptionsCerebras | Unset
        if isinstance(_cerebras, Unset):
            cerebras = UNSET
        else:
            cerebras = ProviderOptionsCerebras.from_dict(_cerebras)

        _chutes = d.pop("chutes", UNSET)
        chutes: ProviderOptionsChutes | Unset
        if isinstance(_chutes, Unset):
            chutes = UNSET
        else:
            chutes = ProviderOptionsChutes.from_dict(_chutes)

        _cirrascale = d.pop("cirrascale", UNSET)
        cirrascale: ProviderOptionsCirrascale | Unset
        if isinstance(_cirrascale, Unset):
            cirrascale = UNSET
        else:
            cirrascale = ProviderOptionsCirrascale.from_dict(_cirrascale)

        _clarifai = d.pop("clarifai", UNSET)
        clarifai: ProviderOptionsClarifai | Unset
        if isinstance(_clarifai, Unset):
            clarifai = UNSET
        else:
            clarifai = ProviderOptionsClarifai.from_dict(_clarifai)

        _claude_on_aws = d.pop("claude-on-aws", UNSET)
        claude_on_aws: ProviderOptionsClaudeOnAws | Unset
        if isinstance(_claude_on_aws, Unset):
            claude_on_aws = UNSET
        else:
            claude_on_aws = ProviderOptionsClaudeOnAws.from_dict(_claude_on_aws)

        _cloudflare = d.pop("cloudflare", UNSET)
        cloudflare: ProviderOptionsCloudflare | Unset
        if isinstance(_cloudflare, Unset):
            cloudflare = UNSET
        else:
            cloudflare = ProviderOptionsCloudflare.from_dict(_cloudflare)

        _cohere = d.pop("cohere", UNSET)
        cohere: ProviderOptionsCohere | Unset
        if isinstance(_cohere, Unset):
            cohere = UNSET
        else:
            cohere = ProviderOptionsCohere.from_dict(_cohere)

        _coreweave = d.pop("coreweave", UNSET)
        coreweave: ProviderOptionsCoreweave | Unset
        if isinstance(_coreweave, Unset):
            coreweave = UNSET
        else:
            coreweave = ProviderOptionsCoreweave.from_dict(_coreweave)

        _crofai = d.pop("crofai", UNSET)
        crofai: ProviderOptionsCrofai | Unset
        if isinstance(_crofai, Unset):
            crofai = UNSET
        else:
            crofai = ProviderOptionsCrofai.from_dict(_crofai)

        _crucible = d.pop("crucible", UNSET)
        crucible: ProviderOptionsCrucible | Unset
        if isinstance(_crucible, Unset):
            crucible = UNSET
        else:
            crucible = ProviderOptionsCrucible.from_dict(_crucible)

        _crusoe = d.pop("crusoe", UNSET)
        crusoe: ProviderOptionsCrusoe | Unset
        if isinstance(_crusoe, Unset):
            crusoe = UNSET
        else:
            crusoe = ProviderOptionsCrusoe.from_dict(_crusoe)

        _darkbloom = d.pop("darkbloom", UNSET)
        darkbloom: ProviderOptionsDarkbloom | Unset
        if isinstance(_darkbloom, Unset):
            darkbloom = UNSET
        else:
            darkbloom = ProviderOptionsDarkbloom.from_dict(_darkbloom)

        _databricks = d.pop("databricks", UNSET)
        databricks: ProviderOptionsDatabricks | Unset
        if isinstance(_databricks, Unset):
            databricks = UNSET
        else:
            databricks = ProviderOptionsDatabricks.from_dict(_databricks)

        _decart = d.pop("decart", UNSET)
        decart: ProviderOptionsDecart | Unset
        if isinstance(_decart, Unset):
            decart = UNSET
        else:
            decart = ProviderOptionsDecart.from_dict(_decart)

        _deepgram = d.pop("deepgram", UNSET)
        deepgram: ProviderOptionsDeepgram | Unset
        if isinstance(_deepgram, Unset):
            deepgram = UNSET
        else:
            deepgram = ProviderOptionsDeepgram.from_dict(_deepgram)

        _deepinfra = d.pop("deepinfra", UNSET)
        deepinfra: ProviderOptionsDeepinfra | Unset
        if isinstance(_deepinfra, Unset):
            deepinfra = UNSET
        else:
            deepinfra = ProviderOptionsDeepinfra.from_dict(_deepinfra)

        _deepseek = d.pop("deepseek", UNSET)
        deepseek: ProviderOptionsDeepseek | Unset
        if isinstance(_deepseek, Unset):
            deepseek = UNSET
        else:
            deepseek = ProviderOptionsDeepseek.from_dict(_deepseek)

        _dekallm = d.pop("dekallm", UNSET)
        dekallm: ProviderOptionsDekallm | Unset
        if isinstance(_dekallm, Unset):
            dekallm = UNSET
        else:
            dekallm = ProviderOptionsDekallm.from_dict(_dekallm)

        _digitalocean = d.pop("digitalocean", UNSET)
        digitalocean: ProviderOptionsDigitalocean | Unset
        if isinstance(_digitalocean, Unset):
            digitalocean = UNSET
        else:
            digitalocean = ProviderOptionsDigitalocean.from_dict(_digitalocean)

        _enfer = d.pop("enfer", UNSET)
        enfer: ProviderOptionsEnfer | Unset
        if isinstance(_enfer, Unset):
            enfer = UNSET
        else:
            enfer = ProviderOptionsEnfer.from_dict(_enfer)

        _fake_provider = d.pop("fake-provider", UNSET)
        fake_provider: ProviderOptionsFakeProvider | Unset
        if isinstance(_fake_provider, Unset):
            fake_provider = UNSET
        else:
            fake_provider = ProviderOptionsFakeProvider.from_dict(_fake_provider)

        _featherless = d.pop("featherless", UNSET)
        featherless: ProviderOptionsFeatherless | Unset
        if isinstance(_featherless, Unset):
            featherless = UNSET
        else:
            featherless = ProviderOptionsFeatherless.from_dict(_featherless)

        _fireworks = d.pop("fireworks", UNSET)
        fireworks: ProviderOptionsFireworks | Unset
        if isinstance(_fireworks, Unset):
            fireworks = UNSET
        else:
            fireworks = ProviderOptionsFireworks.from_dict(_fireworks)

        _fish_audio = d.pop("fish-audio", UNSET)
        fish_audio: ProviderOptionsFishAudio | Unset
        if isinstance(_fish_audio, Unset):
            fish_audio = UNSET
        else:
            fish_audio = ProviderOptionsFishAudio.from_dict(_fish_audio)

        _friendli = d.pop("friendli", UNSET)
        friendli: ProviderOptionsFriendli | Unset
        if isinstance(_friendli, Unset):
            friendli = UNSET
        else:
            friendli = ProviderOptionsFriendli.from_dict(_friendli)

        _gmicloud = d.pop("gmicloud", UNSET)
        gmicloud: ProviderOptionsGmicloud | Unset
        if isinstance(_gmicloud, Unset):
            gmicloud = UNSET
        else:
            gmicloud = ProviderOptionsGmicloud.from_dict(_gmicloud)

        _google_ai_studio = d.pop("google-ai-studio", UNSET)
        google_ai_studio: ProviderOptionsGoogleAiStudio | Unset
        if isinstance(_google_ai_studio, Unset):
            google_ai_studio = UNSET
        else:
            google_ai_studio = ProviderOptionsGoogleAiStudio.from_dict(
                _google_ai_studio
            )

        _google_vertex = d.pop("google-vertex", UNSET)
        google_vertex: ProviderOptionsGoogleVertex | Unset
        if isinstance(_google_vertex, Unset):
            google_vertex = UNSET
        else:
            google_vertex = ProviderOptionsGoogleVertex.from_dict(_google_vertex)

        _gopomelo = d.pop("gopomelo", UNSET)
        gopomelo: ProviderOptionsGopomelo | Unset
        if isinstance(_gopomelo, Unset):
            gopomelo = UNSET
        else:
            gopomelo = ProviderOptionsGopomelo.from_dict(_gopomelo)

        _groq = d.pop("groq", UNSET)
        groq: ProviderOptionsGroq | Unset
        if isinstance(_groq, Unset):
            groq = UNSET
        else:
            groq = ProviderOptionsGroq.from_dict(_groq)

        _heygen = d.pop("heygen", UNSET)
        heygen: ProviderOptionsHeygen | Unset
        if isinstance(_heygen, Unset):
            heygen = UNSET
        else:
            heygen = ProviderOptionsHeygen.from_dict(_heygen)

        _huggingface = d.pop("huggingface", UNSET)
        huggingface: ProviderOptionsHuggingface | Unset
        if isinstance(_huggingface, Unset):
            huggingface = UNSET
        else:
            huggingface = ProviderOptionsHuggingface.from_dict(_huggingface)

        _hyperbolic = d.pop("hyperbolic", UNSET)
        hyperbolic: ProviderOptionsHyperbolic | Unset
        if isinstance(_hyperbolic, Unset):
            hyperbolic = UNSET
        else:
            hyperbolic = ProviderOptionsHyperbolic.from_dict(_hyperbolic)

        _hyperbolic_quantized = d.pop("hyperbolic-quantized", UNSET)
        hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | Unset
        if isinstance(_hyperbolic_quantized, Unset):
            hyperbolic_quantized = UNSET
        else:
            hyperbolic_quantized = ProviderOptionsHyperbolicQuantized.from_dict(
                _hyperbolic_quantized
            )

        _inception = d.pop("inception", UNSET)
        inception: ProviderOptionsInception | Unset
        if isinstance(_inception, Unset):
            inception = UNSET
        else:
            inception = ProviderOptionsInception.from_dict(_inception)

        _inceptron = d.pop("inceptron", UNSET)
        inceptron: ProviderOptionsInceptron | Unset
        if isinstance(_inceptron, Unset):
            inceptron = UNSET
        else:
            inceptron = ProviderOptionsInceptron.from_dict(_inceptron)

        _inferact_vllm = d.pop("inferact-vllm", UNSET)
        inferact_vllm: ProviderOptionsInferactVllm | Unset
        if isinstance(_inferact_vllm, Unset):
            inferact_vllm = UNSET
        else:
            inferact_vllm = ProviderOptionsInferactVllm.from_dict(_inferact_vllm)

        _inference_net = d.pop("inference-net", UNSET)
        inference_net: ProviderOptionsInferenceNet | Unset
        if isinstance(_inference_net, Unset):
            inference_net = UNSET
        else:
            inference_net = ProviderOptionsInferenceNet.from_dict(_inference_net)

        _infermatic = d.pop("infermatic", UNSET)
        infermatic: ProviderOptionsInfermatic | Unset
        if isinstance(_infermatic, Unset):
            infermatic = UNSET
        else:
            infermatic = ProviderOptionsInfermatic.from_dict(_infermatic)

        _inflection = d.pop("inflection", UNSET)
        inflection: ProviderOptionsInflection | Unset
        if isinstance(_inflection, Unset):
            inflection = UNSET
        else:
            inflection = ProviderOptionsInflection.from_dict(_inflection)

        _inocloud = d.pop("inocloud", UNSET)
        inocloud: ProviderOptionsInocloud | Unset
        if isinstance(_inocloud, Unset):
            inocloud = UNSET
        else:
            inocloud = ProviderOptionsInocloud.from_dict(_inocloud)

        _io_net = d.pop("io-net", UNSET)
        io_net: ProviderOptionsIoNet | Unset
        if isinstance(_io_net, Unset):
            io_net = UNSET
        else:
            io_net = ProviderOptionsIoNet.from_dict(_io_net)

        _ionstream = d.pop("ionstream", UNSET)
        ionstream: ProviderOptionsIonstream | Unset
        if isinstance(_ionstream, Unset):
            ionstream = UNSET
        else:
            ionstream = ProviderOptionsIonstream.from_dict(_ionstream)

        _klusterai = d.pop("klusterai", UNSET)
        klusterai: ProviderOptionsKlusterai | Unset
        if isinstance(_klusterai, Unset):
            klusterai = UNSET
        else:
            klusterai = ProviderOptionsKlusterai.from_dict(_klusterai)

        _krea = d.pop("krea", UNSET)
        krea: ProviderOptionsKrea | Unset
        if isinstance(_krea, Unset):
            krea = UNSET
        else:
            krea = ProviderOptionsKrea.from_dict(_krea)

        _lambda_ = d.pop("lambda", UNSET)
        lambda_: ProviderOptionsLambda | Unset
        if isinstance(_lambda_, Unset):
            lambda_ = UNSET
        else:
            lambda_ = ProviderOptionsLambda.from_dict(_lambda_)

        _lepton = d.pop("lepton", UNSET)
        lepton: ProviderOptionsLepton | Unset
        if isinstance(_lepton, Unset):
            lepton = UNSET
        else:
            lepton = ProviderOptionsLepton.from_dict(_lepton)

        _liquid = d.pop("liquid", UNSET)
        liquid: ProviderOptionsLiquid | Unset
        if isinstance(_liquid, Unset):
            liquid = UNSET
        else:
            liquid = ProviderOptionsLiquid.from_dict(_liquid)

        _lynn = d.pop("lynn", UNSET)
        lynn: ProviderOptionsLynn | Unset
        if isinstance(_lynn, Unset):
            lynn = UNSET
        else:
            lynn = ProviderOptionsLynn.from_dict(_lynn)

        _lynn_private = d.pop("lynn-private", UNSET)
        lynn_private: ProviderOptionsLynnPrivate | Unset
        if isinstance(_lynn_private, Unset):
            lynn_private = UNSET
        else:
            lynn_private = ProviderOptionsLynnPrivate.from_dict(_lynn_private)

        _makora = d.pop("makora", UNSET)
        makora: ProviderOptionsMakora | Unset
        if isinstance(_makora, Unset):
            makora = UNSET
        else:
            makora = ProviderOptionsMakora.from_dict(_makora)

        _mancer = d.pop("mancer", UNSET)
        mancer: ProviderOptionsMancer | Unset
        if isinstance(_mancer, Unset):
            mancer = UNSET
        else:
            mancer = ProviderOptionsMancer.from_dict(_mancer)

        _mancer_old = d.pop("mancer-old", UNSET)
        mancer_old: ProviderOptionsMancerOld | Unset
        if isinstance(_mancer_old, Unset):
            mancer_old = UNSET
        else:
            mancer_old = ProviderOptionsMancerOld.from_dict(_mancer_old)

        _mara = d.pop("mara", UNSET)
        mara: ProviderOptionsMara | Unset
        if isinstance(_mara, Unset):
            mara = UNSET
        else:
            mara = ProviderOptionsMara.from_dict(_mara)

        _meta = d.pop("meta", UNSET)
        meta: ProviderOptionsMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ProviderOptionsMeta.from_dict(_meta)

        _minimax = d.pop("minimax", UNSET)
        minimax: ProviderOptionsMinimax | Unset
        if isinstance(_minimax, Unset):
            minimax = UNSET
        else:
            minimax = ProviderOptionsMinimax.from_dict(_minimax)

        _mistral = d.pop("mistral", UNSET)
        mistral: ProviderOptionsMistral | Unset
        if isinstance(_mistral, Unset):
            mistral = UNSET
        else:
            mistral = ProviderOptionsMistral.from_dict(_mistral)

        _modal = d.pop("modal", UNSET)
        modal: ProviderOptionsModal | Unset
        if isinstance(_modal, Unset):
            modal = UNSET
        else:
            modal = ProviderOptionsModal.from_dict(_modal)

        _modelrun = d.pop("modelrun", UNSET)
        modelrun: ProviderOptionsModelrun | Unset
        if isinstance(_modelrun, Unset):
            modelrun = UNSET
        else:
            modelrun = ProviderOptionsModelrun.from_dict(_modelrun)

        _modular = d.pop("modular", UNSET)
        modular: ProviderOptionsModular | Unset
        if isinstance(_modular, Unset):
            modular = UNSET
        else:
            modular = ProviderOptionsModular.from_dict(_modular)

        _moonshotai = d.pop("moonshotai", UNSET)
        moonshotai: ProviderOptionsMoonshotai | Unset
        if isinstance(_moonshotai, Unset):
            moonshotai = UNSET
        else:
            moonshotai = ProviderOptionsMoonshotai.from_dict(_moonshotai)

        _morph = d.pop("morph", UNSET)
        morph: ProviderOptionsMorph | Unset
        if isinstance(_morph, Unset):
            morph = UNSET
        else:
            morph = ProviderOptionsMorph.from_dict(_morph)

        _ncompass = d.pop("ncompass", UNSET)
        ncompass: ProviderOptionsNcompass | Unset
        if isinstance(_ncompass, Unset):
            ncompass = UNSET
        else:
            ncompass = ProviderOptionsNcompass.from_dict(_ncompass)

        _nebius = d.pop("nebius", UNSET)
        nebius: ProviderOptionsNebius | Unset
        if isinstance(_nebius, Unset):
            nebius = UNSET
        else:
            nebius = ProviderOptionsNebius.from_dict(_nebius)

        _nex_agi = d.pop("nex-agi", UNSET)
        nex_agi: ProviderOptionsNexAgi | Unset
        if isinstance(_nex_agi, Unset):
            nex_agi = UNSET
        else:
            nex_agi = ProviderOptionsNexAgi.from_dict(_nex_agi)

        _nextbit = d.pop("nextbit", UNSET)
        nextbit: ProviderOptionsNextbit | Unset
        if isinstance(_nextbit, Unset):
            nextbit = UNSET
        else:
            nextbit = ProviderOptionsNextbit.from_dict(_nextbit)

        _nineteen = d.pop("nineteen", UNSET)
        nineteen: ProviderOptionsNineteen | Unset
        if isinstance(_nineteen, Unset):
            nineteen = UNSET
        else:
            nineteen = ProviderOptionsNineteen.from_dict(_nineteen)

        _novita = d.pop("novita", UNSET)
        novita: ProviderOptionsNovita | Unset
        if isinstance(_novita, Unset):
            novita = UNSET
        else:
            novita = ProviderOptionsNovita.from_dict(_novita)

        _nvidia = d.pop("nvidia", UNSET)
        nvidia: ProviderOptionsNvidia | Unset
        if isinstance(_nvidia, Unset):
            nvidia = UNSET
        else:
            nvidia = ProviderOptionsNvidia.from_dict(_nvidia)

        _octoai = d.pop("octoai", UNSET)
        octoai: ProviderOptionsOctoai | Unset
        if isinstance(_octoai, Unset):
            octoai = UNSET
        else:
            octoai = ProviderOptionsOctoai.from_dict(_octoai)

        _open_inference = d.pop("open-inference", UNSET)
        open_inference: ProviderOptionsOpenInference | Unset
        if isinstance(_open_inference, Unset):
            open_inference = UNSET
        else:
            open_inference = ProviderOptionsOpenInference.from_dict(_open_inference)

        _openai = d.pop("openai", UNSET)
        openai: ProviderOptionsOpenai | Unset
        if isinstance(_openai, Unset):
            openai = UNSET
        else:
            openai = ProviderOptionsOpenai.from_dict(_openai)

        _parasail = d.pop("parasail", UNSET)
        parasail: ProviderOptionsParasail | Unset
        if isinstance(_parasail, Unset):
            parasail = UNSET
        else:
            parasail = ProviderOptionsParasail.from_dict(_parasail)

        _perceptron = d.pop("perceptron", UNSET)
        perceptron: ProviderOptionsPerceptron | Unset
        if isinstance(_perceptron, Unset):
            perceptron = UNSET
        else:
            perceptron = ProviderOptionsPerceptron.from_dict(_perceptron)

        _perplexity = d.pop("perplexity", UNSET)
        perplexity: ProviderOptionsPerplexity | Unset
        if isinstance(_perplexity, Unset):
            perplexity = UNSET
        else:
            perplexity = ProviderOptionsPerplexity.from_dict(_perplexity)

        _phala = d.pop("phala", UNSET)
        phala: ProviderOptionsPhala | Unset
        if isinstance(_phala, Unset):
            phala = UNSET
        else:
            phala = ProviderOptionsPhala.from_dict(_phala)

        _poolside = d.pop("poolside", UNSET)
        poolside: ProviderOptionsPoolside | Unset
        if isinstance(_poolside, Unset):
            poolside = UNSET
        else:
            poolside = ProviderOptionsPoolside.from_dict(_poolside)

        _quiver = d.pop("quiver", UNSET)
        quiver: ProviderOptionsQuiver | Unset
        if isinstance(_quiver, Unset):
            quiver = UNSET
        else:
            quiver = ProviderOptionsQuiver.from_dict(_quiver)

        _recraft = d.pop("recraft", UNSET)
        recraft: ProviderOptionsRecraft | Unset
        if isinstance(_recraft, Unset):
            recraft = UNSET
        else:
            recraft = ProviderOptionsRecraft.from_dict(_recraft)

        _recursal = d.pop("recursal", UNSET)
        recursal: ProviderOptionsRecursal | Unset
        if isinstance(_recursal, Unset):
            recursal = UNSET
        else:
            recursal = ProviderOptionsRecursal.from_dict(_recursal)

        _reflection = d.pop("reflection", UNSET)
        reflection: ProviderOptionsReflection | Unset
        if isinstance(_reflection, Unset):
            reflection = UNSET
        else:
            reflection = ProviderOptionsReflection.from_dict(_reflection)

        _reka = d.pop("reka", UNSET)
        reka: ProviderOptionsReka | Unset
        if isinstance(_reka, Unset):
            reka = UNSET
        else:
            reka = ProviderOptionsReka.from_dict(_reka)

        _relace = d.pop("relace", UNSET)
        relace: ProviderOptionsRelace | Unset
        if isinstance(_relace, Unset):
            relace = UNSET
        else:
            relace = ProviderOptionsRelace.from_dict(_relace)

        _replicate = d.pop("replicate", UNSET)
        replicate: ProviderOptionsReplicate | Unset
        if isinstance(_replicate, Unset):
            replicate = UNSET
        else:
            replicate = ProviderOptionsReplicate.from_dict(_replicate)

        _runway = d.pop("runway", UNSET)
        runway: ProviderOptionsRunway | Unset
        if isinstance(_runway, Unset):
            runway = UNSET
        else:
            runway = ProviderOptionsRunway.from_dict(_runway)

        _sail_research = d.pop("sail-research", UNSET)
        sail_research: ProviderOptionsSailResearch | Unset
        if isinstance(_sail_research, Unset):
            sail_research = UNSET
        else:
            sail_research = ProviderOptionsSailResearch.from_dict(_sail_research)

        _sakana = d.pop("sakana", UNSET)
        sakana: ProviderOptionsSakana | Unset
        if isinstance(_sakana, Unset):
            sakana = UNSET
        else:
            sakana = ProviderOptionsSakana.from_dict(_sakana)

        _sakana_ai = d.pop("sakana-ai", UNSET)
        sakana_ai: ProviderOptionsSakanaAi | Unset
        if isinstance(_sakana_ai, Unset):
            sakana_ai = UNSET
        else:
            sakana_ai = ProviderOptionsSakanaAi.from_dict(_sakana_ai)

        _sambanova = d.pop("sambanova", UNSET)
        sambanova: ProviderOptionsSambanova | Unset
        if isinstance(_sambanova, Unset):
            sambanova = UNSET
        else:
            sambanova = ProviderOptionsSambanova.from_dict(_sambanova)

        _sambanova_cloaked = d.pop("sambanova-cloaked", UNSET)
        sambanova_cloaked: ProviderOptionsSambanovaCloaked | Unset
        if isinstance(_sambanova_cloaked, Unset):
            sambanova_cloaked = UNSET
        else:
            sambanova_cloaked = ProviderOptionsSambanovaCloaked.from_dict(
                _sambanova_cloaked
            )

        _seed = d.pop("seed", UNSET)
        seed: ProviderOptionsSeed | Unset
        if isinstance(_seed, Unset):
            seed = UNSET
        else:
            seed = ProviderOptionsSeed.from_dict(_seed)

        _sf_compute = d.pop("sf-compute", UNSET)
        sf_compute: ProviderOptionsSfCompute | Unset
        if isinstance(_sf_compute, Unset):
            sf_compute = UNSET
        else:
            sf_compute = ProviderOptionsSfCompute.from_dict(_sf_compute)

        _siliconflow = d.pop("siliconflow", UNSET)
        siliconflow: ProviderOptionsSiliconflow | Unset
        if isinstance(_siliconflow, Unset):
            siliconflow = UNSET
        else:
            siliconflow = ProviderOptionsSiliconflow.from_dict(_siliconflow)

        _sourceful = d.pop("sourceful", UNSET)
        sourceful: ProviderOptionsSourceful | Unset
        if isinstance(_sourceful, Unset):
            sourceful = UNSET
        else:
            sourceful = ProviderOptionsSourceful.from_dict(_sourceful)

        _stealth = d.pop("stealth", UNSET)
        stealth: ProviderOptionsStealth | Unset
        if isinstance(_stealth, Unset):
            stealth = UNSET
        else:
            stealth = ProviderOptionsStealth.from_dict(_stealth)

        _stepfun = d.pop("stepfun", UNSET)
        stepfun: ProviderOptionsStepfun | Unset
        if isinstance(_stepfun, Unset):
            stepfun = UNSET
        else:
            stepfun = ProviderOptionsStepfun.from_dict(_stepfun)

        _streamlake = d.pop("streamlake", UNSET)
        streamlake: ProviderOptionsStreamlake | Unset
        if isinstance(_streamlake, Unset):
            streamlake = UNSET
        else:
            streamlake = ProviderOptionsStreamlake.from_dict(_streamlake)

        _switchpoint = d.pop("switchpoint", UNSET)
        switchpoint: ProviderOptionsSwitchpoint | Unset
        if isinstance(_switchpoint, Unset):
            switchpoint = UNSET
        else:
            switchpoint = ProviderOptionsSwitchpoint.from_dict(_switchpoint)

        _targon = d.pop("targon", UNSET)
        targon: ProviderOptionsTargon | Unset
        if isinstance(_targon, Unset):
            targon = UNSET
        else:
            targon = ProviderOptionsTargon.from_dict(_targon)

        _tencent = d.pop("tencent", UNSET)
        tencent: ProviderOptionsTencent | Unset
        if isinstance(_tencent, Unset):
            tencent = UNSET
        else:
            tencent = ProviderOptionsTencent.from_dict(_tencent)

        _tenstorrent = d.pop("tenstorrent", UNSET)
        tenstorrent: ProviderOptionsTenstorrent | Unset
        if isinstance(_tenstorrent, Unset):
            tenstorrent = UNSET
        else:
            tenstorrent = ProviderOptionsTenstorrent.from_dict(_tenstorrent)

        _thinkingmachines = d.pop("thinkingmachines", UNSET)
        thinkingmachines: ProviderOptionsThinkingmachines | Unset
        if isinstance(_thinkingmachines, Unset):
            thinkingmachines = UNSET
        else:
            thinkingmachines = ProviderOptionsThinkingmachines.from_dict(
                _thinkingmachines
            )

        _together = d.pop("together", UNSET)
        together: ProviderOptionsTogether | Unset
        if isinstance(_together, Unset):
            together = UNSET
        else:
            together = ProviderOptionsTogether.from_dict(_together)

        _together_lite = d.pop("together-lite", UNSET)
        together_lite: ProviderOptionsTogetherLite | Unset
        if isinstance(_together_lite, Unset):
            together_lite = UNSET
        else:
            together_lite = ProviderOptionsTogetherLite.from_dict(_together_lite)

        _ubicloud = d.pop("ubicloud", UNSET)
        ubicloud: ProviderOptionsUbicloud | Unset
        if isinstance(_ubicloud, Unset):
            ubicloud = UNSET
        else:
            ubicloud = ProviderOptionsUbicloud.from_dict(_ubicloud)

        _upstage = d.pop("upstage", UNSET)
        upstage: ProviderOptionsUpstage | Unset
        if isinstance(_upstage, Unset):
            upstage = UNSET
        else:
            upstage = ProviderOptionsUpstage.from_dict(_upstage)

        _venice = d.pop("venice", UNSET)
        venice: ProviderOptionsVenice | Unset
        if isinstance(_venice, Unset):
            venice = UNSET
        else:
            venice = ProviderOptionsVenice.from_dict(_venice)

        _voyageai = d.pop("voyageai", UNSET)
        voyageai: ProviderOptionsVoyageai | Unset
        if isinstance(_voyageai, Unset):
            voyageai = UNSET
        else:
            voyageai = ProviderOptionsVoyageai.from_dict(_voyageai)

        _wafer = d.pop("wafer", UNSET)
        wafer: ProviderOptionsWafer | Unset
        if isinstance(_wafer, Unset):
            wafer = UNSET
        else:
            wafer = ProviderOptionsWafer.from_dict(_wafer)

        _wandb = d.pop("wandb", UNSET)
        wandb: ProviderOptionsWandb | Unset
        if isinstance(_wandb, Unset):
            wandb = UNSET
        else:
            wandb = ProviderOptionsWandb.from_dict(_wandb)

        _wandb_legacy = d.pop("wandb-legacy", UNSET)
        wandb_legacy: ProviderOptionsWandbLegacy | Unset
        if isinstance(_wandb_legacy, Unset):
            wandb_legacy = UNSET
        else:
            wandb_legacy = ProviderOptionsWandbLegacy.from_dict(_wandb_legacy)

        _xai = d.pop("xai", UNSET)
        xai: ProviderOptionsXai | Unset
        if isinstance(_xai, Unset):
            xai = UNSET
        else:
            xai = ProviderOptionsXai.from_dict(_xai)

        _xiaomi = d.pop("xiaomi", UNSET)
        xiaomi: ProviderOptionsXiaomi | Unset
        if isinstance(_xiaomi, Unset):
            xiaomi = UNSET
        else:
            xiaomi = ProviderOptionsXiaomi.from_dict(_xiaomi)

        _z_ai = d.pop("z-ai", UNSET)
        z_ai: ProviderOptionsZAi | Unset
        if isinstance(_z_ai, Unset):
            z_ai = UNSET
        else:
            z_ai = ProviderOptionsZAi.from_dict(_z_ai)

        provider_options = cls(
            field_01ai=field_01ai,
            ai21=ai21,
            aion_labs=aion_labs,
            akashml=akashml,
            alibaba=alibaba,
            amazon_bedrock=amazon_bedrock,
            amazon_bedrockclaude_on_aws=amazon_bedrockclaude_on_aws,
            amazon_nova=amazon_nova,
            ambient=ambient,
            anthropic=anthropic,
            anthropic2=anthropic2,
            anyscale=anyscale,
            arcee_ai=arcee_ai,
            atlas_cloud=atlas_cloud,
            atoma=atoma,
            avian=avian,
            azure=azure,
            baidu=baidu,
            baseten=baseten,
            black_forest_labs=black_forest_labs,
            byteplus=byteplus,
            centml=centml,
            cerebras=cerebras,
            chutes=chutes,
            cirrascale=cirrascale,
            clarifai=clarifai,
            claude_on_aws=claude_on_aws,
            cloudflare=cloudflare,
            cohere=cohere,
            coreweave=coreweave,
            crofai=crofai,
            crucible=crucible,
            crusoe=crusoe,
            darkbloom=darkbloom,
            databricks=databricks,
            decart=decart,
            deepgram=deepgram,
            deepinfra=deepinfra,
            deepseek=deepseek,
            dekallm=dekallm,
            digitalocean=digitalocean,
            enfer=enfer,
            fake_provider=fake_provider,
            featherless=featherless,
            fireworks=fireworks,
            fish_audio=fish_audio,
            friendli=friendli,
            gmicloud=gmicloud,
            google_ai_studio=google_ai_studio,
            google_vertex=google_vertex,
            gopomelo=gopomelo,
            groq=groq,
            heygen=heygen,
            huggingface=huggingface,
            hyperbolic=hyperbolic,
            hyperbolic_quantized=hyperbolic_quantized,
            inception=inception,
            inceptron=inceptron,
            inferact_vllm=inferact_vllm,
            inference_net=inference_net,
            infermatic=infermatic,
            inflection=inflection,
            inocloud=inocloud,
            io_net=io_net,
            ionstream=ionstream,
            klusterai=klusterai,
            krea=krea,
            lambda_=lambda_,
            lepton=lepton,
            liquid=liquid,
            lynn=lynn,
            lynn_private=lynn_private,
            makora=makora,
            mancer=mancer,
            mancer_old=mancer_old,
            mara=mara,
            meta=meta,
            minimax=minimax,
            mistral=mistral,
            modal=modal,
            modelrun=modelrun,
            modular=modular,
            moonshotai=moonshotai,
            morph=morph,
            ncompass=ncompass,
            nebius=nebius,
            nex_agi=nex_agi,
            nextbit=nextbit,
            nineteen=nineteen,
            novita=novita,
            nvidia=nvidia,
            octoai=octoai,
            open_inference=open_inference,
            openai=openai,
            parasail=parasail,
            perceptron=perceptron,
            perplexity=perplexity,
            phala=phala,
            poolside=poolside,
            quiver=quiver,
            recraft=recraft,
            recursal=recursal,
            reflection=reflection,
            reka=reka,
            relace=relace,
            replicate=replicate,
            runway=runway,
            sail_research=sail_research,
            sakana=sakana,
            sakana_ai=sakana_ai,
            sambanova=sambanova,
            sambanova_cloaked=sambanova_cloaked,
            seed=seed,
            sf_compute=sf_compute,
            siliconflow=siliconflow,
            sourceful=sourceful,
            stealth=stealth,
            stepfun=stepfun,
            streamlake=streamlake,
            switchpoint=switchpoint,
            targon=targon,
            tencent=tencent,
            tenstorrent=tenstorrent,
            thinkingmachines=thinkingmachines,
            together=together,
            together_lite=together_lite,
            ubicloud=ubicloud,
            upstage=upstage,
            venice=venice,
            voyageai=voyageai,
            wafer=wafer,
            wandb=wandb,
            wandb_legacy=wandb_legacy,
            xai=xai,
            xiaomi=xiaomi,
            z_ai=z_ai,
        )

        provider_options.additional_properties = d
        return provider_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
