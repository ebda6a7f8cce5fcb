#include "features/survey/survey_form.h"

#include <gtest/gtest.h>

#include "features/survey/answer_form.h"
#include "features/survey/results.h"
#include "features/survey/texts.h"

namespace omzien::survey {
namespace {

TEST(QuestionForm, KeepsWhatWasTypedWhenAChoiceHasOneAnswer) {
  QuestionForm form{.kind = "een", .text = "Welke dag?", .options = "Maandag\n\n"};
  EXPECT_FALSE(form.validate());
  EXPECT_EQ(form.errors.at("options"), texts::kOptionsTooFew);
  EXPECT_EQ(form.text, "Welke dag?");
  EXPECT_EQ(form.options, "Maandag\n\n");
}

TEST(QuestionForm, RefusesTheSameAnswerTwiceAndAScaleOutsideTwoToTen) {
  QuestionForm twice{.kind = "meer", .text = "Wat?", .options = "Geld\ngeld"};
  EXPECT_FALSE(twice.validate());
  EXPECT_EQ(twice.errors.at("options"), texts::kOptionsTwice);
  QuestionForm scale{.kind = "schaal", .text = "Hoe?", .scale_max = "1"};
  EXPECT_FALSE(scale.validate());
  EXPECT_EQ(scale.errors.at("scale_max"), texts::kScaleInvalid);
  scale.scale_max = "7";
  EXPECT_TRUE(scale.validate());
  EXPECT_EQ(scale.to_question(1).scale_max, 7);
}

TEST(QuestionForm, TrimsAnswersAndLeavesOutEmptyLines) {
  QuestionForm form{.kind = "een", .text = "Wat?", .options = "  Ja \r\n\r\nNee\r\n"};
  ASSERT_TRUE(form.validate());
  auto q = form.to_question(3);
  ASSERT_EQ(q.options.size(), 2u);
  EXPECT_EQ(q.options[0], "Ja");
  EXPECT_EQ(q.options[1], "Nee");
}

std::vector<Question> sample_questions() {
  return {{.id = 1, .kind = Kind::OneChoice, .text = "Een", .options = {"a", "b"}},
          {.id = 2, .kind = Kind::SeveralChoices, .text = "Meer", .options = {"x", "y", "z"}},
          {.id = 3, .kind = Kind::Scale, .text = "Schaal", .scale_max = 5},
          {.id = 4, .kind = Kind::Open, .text = "Open"}};
}

TEST(AnswerForm, AcceptsAnswersThatFitTheirQuestions) {
  AnswerForm form{.answers = {{1, {"1"}}, {2, {"0", "2"}}, {3, {"5"}}, {4, {"Meer ruimte"}}}};
  EXPECT_TRUE(form.validate(sample_questions()));
}

TEST(AnswerForm, RefusesTwoAnswersToAOneChoiceQuestionAndUnknownOptions) {
  AnswerForm two{.answers = {{1, {"0", "1"}}}};
  EXPECT_FALSE(two.validate(sample_questions()));
  EXPECT_EQ(two.errors.at("q1"), texts::kChooseOne);
  AnswerForm unknown{.answers = {{2, {"3"}}, {3, {"0"}}}};
  EXPECT_FALSE(unknown.validate(sample_questions()));
  EXPECT_EQ(unknown.errors.at("q2"), texts::kChoiceUnknown);
  EXPECT_EQ(unknown.errors.at("q3"), texts::kScaleOutOfRange);
  AnswerForm none;
  EXPECT_FALSE(none.validate(sample_questions()));
  EXPECT_EQ(none.errors.at("form"), texts::kNothingAnswered);
}

TEST(Results, ChoicesReadAsTheirTextsAndTheCsvDisarmsFormulas) {
  auto questions = sample_questions();
  EXPECT_EQ(answer_text(questions[1], {"0", "2"}), "x | z");
  EXPECT_EQ(answer_text(questions[2], {"4"}), "4");
  std::vector<AnswerRow> rows = {{.initiative = "@Buurt", .municipality = "Zeist", .changed_at = 0,
                                  .answers = {"a", "x", "3", "-1 of +1"}}};
  std::string csv = answers_csv(questions, rows);
  EXPECT_NE(csv.find("'@Buurt;Zeist;"), std::string::npos) << csv;
  EXPECT_NE(csv.find(";'-1 of +1\r\n"), std::string::npos) << csv;
}

TEST(Results, TheLongestBarIsThreeHundredWideAndEmptyOnesHaveNone) {
  QuestionSummary summary{.kind = Kind::OneChoice, .options = {{"a", 4}, {"b", 2}, {"c", 0}}};
  View chart = bar_chart(summary);
  const auto& bars = chart.find("bars")->items();
  ASSERT_EQ(bars.size(), 3u);
  EXPECT_EQ(bars[0].find("bar_width")->text(), "300");
  EXPECT_EQ(bars[1].find("bar_width")->text(), "150");
  EXPECT_EQ(bars[2].find("bar_width")->text(), "0");
}

}  // namespace
}  // namespace omzien::survey
