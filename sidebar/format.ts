// Vietnamese time formatting for the sidebar (Asia/Ho_Chi_Minh), and the closing countdown.
const TZ = 'Asia/Ho_Chi_Minh';

export function formatTime(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('vi-VN', {
    timeZone: TZ,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const time = d.toLocaleTimeString('vi-VN', {
    timeZone: TZ,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${time} ${date}`;
}

/** "còn 2 ngày 3 giờ", "còn 45 phút", "đã đóng". */
export function countdown(untilIso: string, nowIso: string): string {
  const ms = new Date(untilIso).getTime() - new Date(nowIso).getTime();
  if (ms <= 0) return 'đã đóng';
  const minutes = Math.floor(ms / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `còn ${days} ngày ${hours} giờ`;
  if (hours > 0) return `còn ${hours} giờ ${minutes % 60} phút`;
  return `còn ${minutes} phút`;
}
