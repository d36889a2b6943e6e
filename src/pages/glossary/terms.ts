/**
 * The glossary's terms: words of the budget-disclosure template (any department, any year),
 * each with its anchor on /glossary, its English, a one-line gloss (the `title` of a link to
 * it) and a plain explanation. Data, not markup: the glossary page and the Term links read it.
 */

export interface GlossaryTerm {
  /** Anchor on /glossary (ASCII, stable: pages link to it). */
  id: string;
  /** The term as the documents print it. */
  zh: string;
  /** Other spellings the documents use for the same thing. */
  aliases: readonly string[];
  en: string;
  /** One sentence: the title of a link to the term. */
  short: string;
  /** Two to four sentences. */
  explanation: string;
}

export const TERMS: readonly GlossaryTerm[] = [
  {
    id: "department-budget",
    zh: "部门预算",
    aliases: [],
    en: "Department budget",
    short: "A government department's plan of revenue and spending for one year, published before the year starts.",
    explanation:
      "The department budget is the plan of everything a government department expects to receive and spend in one fiscal year (the calendar year in China). It is approved by the local people's congress and then disclosed in a fixed set of tables. The final accounts (决算) published after the year report what was actually spent.",
  },
  {
    id: "basic-expenditure",
    zh: "基本支出",
    aliases: [],
    en: "Basic expenditure",
    short: "Spending that keeps the department running: staff pay and benefits, office costs, pensions and other personal subsidies.",
    explanation:
      "Basic expenditure is the money a department needs just to operate: wages and benefits of its staff, the day-to-day costs of its offices, and subsidies to retired staff and other individuals. It recurs every year and is set by headcount and standard rates. Everything else is project expenditure.",
  },
  {
    id: "project-expenditure",
    zh: "项目支出",
    aliases: [],
    en: "Project expenditure",
    short: "Spending on specific tasks beyond day-to-day running, each with its own project sheet and performance goals.",
    explanation:
      "Project expenditure is money for particular tasks a department carries out beyond its routine running: subsidies to firms, campaigns, studies, events. Each project has a sheet (项目支出绩效目标表) with its amount, purpose and performance indicators. The document splits it into general projects (一般性项目) and special funds (专项资金).",
  },
  {
    id: "salaries",
    zh: "工资福利支出",
    aliases: [],
    en: "Wages and benefits",
    short: "Pay of the department's staff: salaries, allowances, bonuses, social insurance and housing fund contributions.",
    explanation:
      "Wages and benefits are the staff costs of a department: basic salaries, allowances and bonuses, and the employer's contributions to pension, medical insurance and the housing provident fund. They are the largest part of basic expenditure in most departments.",
  },
  {
    id: "goods-and-services",
    zh: "商品和服务支出",
    aliases: ["公用经费"],
    en: "Goods and services (office running costs)",
    short: "What running the offices costs: utilities, supplies, travel, meetings, training, maintenance; within basic expenditure called 公用经费.",
    explanation:
      "Goods and services spending buys what an office consumes: electricity and water, stationery, printing, travel, meetings, training, repairs and vehicle running. Within basic expenditure the documents call it 公用经费 (public or office running costs). Projects can also buy goods and services, under the same economic classification.",
  },
  {
    id: "subsidies-to-individuals",
    zh: "对个人和家庭的补助",
    aliases: ["对个人和家庭的补助支出"],
    en: "Subsidies to individuals and families",
    short: "Payments to people rather than for staff work: pensions of retired staff, living allowances, medical and other subsidies.",
    explanation:
      "Subsidies to individuals and families are payments a department makes to people without buying their work: pensions and allowances of retired staff, survivors' benefits, medical subsidies, awards. In basic expenditure they are mostly the costs of retired staff; a project may also pay such subsidies.",
  },
  {
    id: "fiscal-appropriation",
    zh: "财政拨款",
    aliases: ["其中：财政拨款"],
    en: "Fiscal appropriation",
    short: "Money the treasury at the same level of government grants the department this year.",
    explanation:
      "A fiscal appropriation is money the finance bureau of the department's own level of government grants it out of the budget. It is the main source of funds of most departments, and the documents have a separate summary table for it (财政拨款收支总体情况表). Revenue the department raises itself or receives from higher levels is not part of it.",
  },
  {
    id: "general-public-budget",
    zh: "一般公共预算",
    aliases: ["一般公共预算收入"],
    en: "General public budget",
    short: "The main budget of a government, funded by taxes and general revenue, for its ordinary functions.",
    explanation:
      "The general public budget is the main of China's four government budgets, financed mostly by taxes. It pays for the ordinary functions of government: administration, education, science, social security and so on. Most of a department's money usually comes from it.",
  },
  {
    id: "government-funds",
    zh: "政府性基金",
    aliases: ["政府性基金收入", "政府性基金预算"],
    en: "Government funds",
    short: "Revenue earmarked by law for particular purposes (e.g. land sales for urban construction), budgeted apart from the general budget.",
    explanation:
      "Government funds are revenues collected for a purpose fixed by law, such as proceeds of land-use rights for urban construction or lottery funds for welfare and sport. They form a budget of their own (政府性基金预算) and can only be spent on their purpose. Many departments have none, and then the table is published empty.",
  },
  {
    id: "state-capital-budget",
    zh: "国有资本经营预算",
    aliases: ["国有资本经营预算收入"],
    en: "State capital operations budget",
    short: "The budget of the profits of state-owned enterprises and how they are reinvested or spent.",
    explanation:
      "The state capital operations budget collects the profits and dividends that state-owned enterprises pay to the government, and spends them mainly on those enterprises (restructuring, capital injections) or transfers part to the general budget. It is the third of the four government budgets; most departments have no share in it.",
  },
  {
    id: "carryover",
    zh: "部门结转",
    aliases: ["上年结转", "上年结余（结转）"],
    en: "Carry-over from last year",
    short: "Money of earlier years' budgets not yet spent, carried into this year and spent on top of this year's revenue.",
    explanation:
      "A carry-over is money a department was given in earlier years for a purpose and has not yet spent; it is carried into this year to be spent on the same purpose. It appears on the revenue side next to this year's revenue (本年合计), so total revenue equals this year's revenue plus the carry-over. Spending funded by it counts in the expenditure totals, which is why project expenditure can exceed the sum of this year's project sheets.",
  },
  {
    id: "three-public-expenses",
    zh: "三公经费",
    aliases: ["“三公”经费"],
    en: "The three public expenses",
    short: "Official travel abroad (因公出国（境）费), official cars (公务用车购置及运行费) and official hospitality (公务接待费).",
    explanation:
      "The three public expenses are the spending items the public watches most closely: travel abroad on official business (因公出国（境）费), buying and running official vehicles (公务用车购置及运行费), and official hospitality (公务接待费). Every department discloses them in a table of their own, and governments aim to keep them falling.",
  },
  {
    id: "functional-classification",
    zh: "功能分类",
    aliases: ["类/款/项", "类", "款", "项", "支出功能分类科目"],
    en: "Functional classification (class, section, item)",
    short: "What spending is for, in three levels: 类 (class, 3 digits), 款 (section, 5 digits), 项 (item, 7 digits).",
    explanation:
      "The functional classification says what money is spent for, such as education or science and technology. It has three levels: the class (类, a 3-digit code such as 206 科学技术支出), the section (款, 5 digits) and the item (项, 7 digits). The Ministry of Finance publishes the list each year; the documents print the codes in separate 类, 款 and 项 columns.",
  },
  {
    id: "economic-classification",
    zh: "经济分类",
    aliases: ["支出经济分类"],
    en: "Economic classification",
    short: "What spending buys: wages, goods and services, subsidies to individuals, capital spending and so on.",
    explanation:
      "The economic classification says what kind of thing money buys, independently of its purpose: staff pay, goods and services, subsidies to individuals and families, capital investment, subsidies to enterprises. The same spending thus has a functional class (what for) and an economic class (on what). The basic-expenditure columns of the tables follow the economic classification.",
  },
  {
    id: "indicator-levels",
    zh: "一级/二级/三级指标",
    aliases: ["一级指标", "二级指标", "三级指标"],
    en: "Level 1, 2 and 3 indicators",
    short: "The three levels of a performance indicator: the broad dimension (e.g. output), the aspect (e.g. quantity) and the measurable indicator itself.",
    explanation:
      "Performance indicators are grouped in three levels. The first level is a broad dimension such as output (产出指标) or effect (效益指标); the second is an aspect of it, such as quantity, quality or timeliness; the third level is the concrete indicator with a target value, for example a completion rate of at least 95%.",
  },
  {
    id: "performance-goals",
    zh: "绩效目标",
    aliases: [],
    en: "Performance goals",
    short: "What the money is meant to achieve in the year, stated with measurable indicators and targets.",
    explanation:
      "Performance goals state what a department or a project intends to achieve with its budget in the year. They are broken down into indicators with target values, against which the spending is evaluated afterwards. The documents publish an overall goal sheet for the department and one sheet per project.",
  },
  {
    id: "previous-year",
    zh: "上年度",
    aliases: ["上年"],
    en: "Previous year",
    short: "The fiscal year before the budget's year; its figures are printed for comparison.",
    explanation:
      "The previous year is the fiscal year before the one the budget is for. Project sheets print last year's amount beside this year's, so the change can be seen; a blank there means the document does not give one. Figures of the previous year are never added to this year's.",
  },
  {
    id: "wan-yuan",
    zh: "万元",
    aliases: [],
    en: "Ten thousand yuan",
    short: "The unit of the amounts: 1 万元 = 10,000 yuan (CNY).",
    explanation:
      "万 is the Chinese unit of ten thousand, so 1 万元 is 10,000 yuan. Budget documents print amounts in 万元 with up to two decimals, so 0.01 万元 is 100 yuan. This site keeps the amounts exactly as printed.",
  },
];

const byId = new Map(TERMS.map((t) => [t.id, t]));
const byWord = new Map(TERMS.flatMap((t) => [t.zh, ...t.aliases].map((w) => [w, t] as const)));

/** The term with this anchor (an unknown id is a programming error: Term links only to terms that exist). */
export function termById(id: string): GlossaryTerm {
  const t = byId.get(id);
  if (!t) throw new Error(`No glossary term '${id}'`);
  return t;
}

/** The term a printed label is (exactly, or as one of its spellings), if any. */
export function termOfLabel(label: string): GlossaryTerm | undefined {
  return byWord.get(label.trim());
}
