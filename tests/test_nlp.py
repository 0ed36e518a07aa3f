def test_sentence_bounds_keep_abbreviations_and_split_on_lines(pipeline):
    from dyadwatch.nlp import sentence_bounds

    doc = pipeline.nlp.make_doc(
        "Headline without a stop\n\nThe U.S. envoy met Lavrov on Nov. 2. He left. \"Fine,\" he said! Done"
    )
    sents = [doc[s:e].text for s, e in sentence_bounds(doc)]
    assert sents == ["Headline without a stop", "The U.S. envoy met Lavrov on Nov. 2.", "He left.",
                     "\"Fine,\" he said!", "Done"]


def test_missing_model_error_names_the_fix():
    import pytest

    from dyadwatch.errors import ModelNotInstalled
    from dyadwatch.nlp import load_model

    with pytest.raises(ModelNotInstalled, match="fix: install the package"):
        load_model("en_core_web_nonexistent")
