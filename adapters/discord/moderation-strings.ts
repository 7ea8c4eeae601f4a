import type { UiLanguage } from '../../src/answer/ui-strings.js';

/** The wording of votes, pins as curated answers, `/kz pinned` and `/kz unanswered`, per language. */
export interface ModerationStrings {
  unpin: string;
  unpinned: string;
  freshSearch: string;
  /** The line above an answer pinned for a similar question; `link` is the pinned message. */
  curatedLead: (link: string) => string;
  voted: (emoji: string) => string;
  answerGone: string;
  pinnedTitle: string;
  pinnedEmpty: string;
  pinnedMore: (n: number) => string;
  digestTitle: (days: number) => string;
  digestUnanswered: string;
  digestDisliked: string;
  digestNoUnanswered: string;
  digestNoDisliked: string;
  digestFooter: string;
  digestRefused: string;
}

/** The moderation wording in Arabic, English and Russian. */
export const MODERATION_STRINGS: Record<UiLanguage, ModerationStrings> = {
  ar: {
    unpin: 'إلغاء التثبيت',
    unpinned: '📌 أُلغي تثبيت الجواب، ولن يُعرض بعد الآن جوابًا للأسئلة المشابهة.',
    freshSearch: 'بحث جديد',
    curatedLead: (link) => `📌 **جواب ثبّته مشرفو هذه القناة** لسؤال مشابه · [الرسالة المثبّتة](${link})`,
    voted: (emoji) => `شكرًا! صوتك: ${emoji}. يمكنك تغييره بالزر الآخر.`,
    answerGone: 'هذا الجواب لم يعد محفوظًا. اسأل مجددًا بـ /kz ask.',
    pinnedTitle: '📌 الأجوبة المثبّتة في هذه القناة',
    pinnedEmpty: 'لا أجوبة مثبّتة في هذه القناة بعد. يثبّت المشرفون الجواب بزر 📌 تحته.',
    pinnedMore: (n) => `و${n} أجوبة أخرى.`,
    digestTitle: (days) => `آخر ${days} يوم: ما لم تُجب عنه الوثائق`,
    digestUnanswered: 'أسئلة بلا جواب (الأكثر تكرارًا)',
    digestDisliked: 'الأجوبة الأكثر 👎',
    digestNoUnanswered: 'أُجيب عن كل الأسئلة.',
    digestNoDisliked: 'لم يحصل أي جواب على 👎.',
    digestFooter: 'أضف وثائق تجيب عن هذه الأسئلة، أو ثبّت جوابًا جيدًا.',
    digestRefused: 'هذا الملخص للمشرفين فقط: يلزم إذن «Pin Messages» أو «Manage Messages» أو «Administrator» في هذه القناة.',
  },
  en: {
    unpin: 'Unpin',
    unpinned: '📌 Unpinned the answer; similar questions no longer get it first.',
    freshSearch: 'Fresh search',
    curatedLead: (link) => `📌 **Answer pinned by this channel's moderators** for a similar question · [pinned message](${link})`,
    voted: (emoji) => `Thanks! Your vote: ${emoji}. Press the other button to change it.`,
    answerGone: 'This answer is no longer stored. Ask again with /kz ask.',
    pinnedTitle: '📌 Answers pinned in this channel',
    pinnedEmpty: 'No answers are pinned in this channel yet. Moderators pin an answer with the 📌 button under it.',
    pinnedMore: (n) => `and ${n} more.`,
    digestTitle: (days) => `Last ${days} ${days === 1 ? 'day' : 'days'}: what the documents did not answer`,
    digestUnanswered: 'Unanswered questions (most asked first)',
    digestDisliked: 'Answers with the most 👎',
    digestNoUnanswered: 'Every question was answered.',
    digestNoDisliked: 'No answer got a 👎.',
    digestFooter: 'Add documents that answer these questions, or pin a good answer.',
    digestRefused: 'Only moderators can see this digest: it takes the Pin Messages, Manage Messages or Administrator permission in this channel.',
  },
  ru: {
    unpin: 'Открепить',
    unpinned: '📌 Ответ откреплён; на похожие вопросы он больше не предлагается.',
    freshSearch: 'Новый поиск',
    curatedLead: (link) => `📌 **Ответ, закреплённый модераторами канала**, на похожий вопрос · [закреплённое сообщение](${link})`,
    voted: (emoji) => `Спасибо! Ваш голос: ${emoji}. Другая кнопка изменит его.`,
    answerGone: 'Этот ответ больше не хранится. Спросите снова через /kz ask.',
    pinnedTitle: '📌 Закреплённые ответы в этом канале',
    pinnedEmpty: 'В этом канале пока нет закреплённых ответов. Модераторы закрепляют ответ кнопкой 📌 под ним.',
    pinnedMore: (n) => `и ещё ${n}.`,
    digestTitle: (days) => `За ${days} дн.: на что документы не ответили`,
    digestUnanswered: 'Вопросы без ответа (частые сверху)',
    digestDisliked: 'Ответы с наибольшим числом 👎',
    digestNoUnanswered: 'На все вопросы был ответ.',
    digestNoDisliked: 'Ни один ответ не получил 👎.',
    digestFooter: 'Добавьте документы, отвечающие на эти вопросы, или закрепите хороший ответ.',
    digestRefused: 'Эта сводка только для модераторов: нужно право «Закреплять сообщения», «Управлять сообщениями» или «Администратор» в этом канале.',
  },
};
